import type { components } from '@welness/contracts';
import { api } from './client';
import { ApiError, unwrap } from './problem';

export type Product = components['schemas']['ProductDto'];
export type ProductNutrients = Product['nutrientsPer100g'];
export type ScanResult = components['schemas']['ScanResultDto'];
export type CreateUserProduct = components['schemas']['CreateUserProductDto'];

/** The product, or null when the catalogue does not know the code (404). */
export async function fetchProduct(code: string, lang: string): Promise<Product | null> {
  const result = await api.GET('/api/v1/products/{barcode}', { params: { path: { barcode: code }, query: { lang } } });
  if (result.response.status === 404) return null;
  return unwrap(result);
}

export async function searchProducts(q: string, lang: string, cursor?: string) {
  return unwrap(await api.GET('/api/v1/products', { params: { query: { q, lang, limit: 20, ...(cursor ? { cursor } : {}) } } }));
}

/** Stores the user's own product under its barcode (replacing their earlier one for that code). */
export async function addProduct(body: CreateUserProduct): Promise<Product> {
  return unwrap(await api.POST('/api/v1/products', { body }));
}

/** What a photo gave: a product, barcodes nobody knows yet, or no readable barcode. */
export type ScanAnswer = { found: ScanResult } | { unknown: string[] } | { unread: true };

/** Sends a photo to the server decoder. */
export async function scanPhoto(file: File, lang: string): Promise<ScanAnswer> {
  const result = await api.POST('/api/v1/products/scan', {
    params: { query: { lang } },
    // openapi-fetch sends FormData as multipart with its own boundary.
    body: { image: file },
    bodySerializer: (body) => {
      const form = new FormData();
      form.append('image', body.image);
      return form;
    },
  });
  if (result.response.status === 404) {
    // Decoded, but unknown: the problem carries what was read, so the user can add it.
    const decoded = (result.error as { decoded?: { text?: unknown }[] } | undefined)?.decoded ?? [];
    const codes = decoded.map((d) => d.text).filter((c): c is string => typeof c === 'string' && /^\d{8,14}$/.test(c));
    return codes.length ? { unknown: codes } : { unread: true };
  }
  if (result.response.status === 422) return { unread: true };
  if (!result.response.ok) throw new ApiError(result.response.status, (result.error ?? {}) as object);
  return { found: unwrap(result) };
}
