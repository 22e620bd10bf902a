import type { CatalogueProduct } from '../catalogue/product.document';
import type { ResolvedProduct } from '../lookup/product-lookup.service';
import { nameLanguage, toProductDto } from './product.mapper';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * Response bodies of catalogue products, per product object and name language. A hot lookup
 * returns the very object the in-process cache holds, so mapping and JSON.stringify happen
 * once per cached entry instead of once per request; the WeakMap lets a body go with its entry
 * when the cache evicts or invalidates it. User-contributed products are never memoized: their
 * body depends on the caller (`ownedByCaller`), and they are fresh objects on every lookup.
 */
const bodies = new WeakMap<CatalogueProduct, Map<string, string>>();

export function productResponseJson(resolved: ResolvedProduct, lang?: string): string {
  if (resolved.contributor !== null) return JSON.stringify(toProductDto(resolved, lang));
  const language = nameLanguage(resolved.product, lang);
  let perLanguage = bodies.get(resolved.product);
  if (!perLanguage) {
    perLanguage = new Map();
    bodies.set(resolved.product, perLanguage);
  }
  let body = perLanguage.get(language);
  if (body === undefined) {
    body = JSON.stringify(toProductDto(resolved, language || undefined));
    perLanguage.set(language, body);
  }
  return body;
}
