import { Injectable } from '@nestjs/common';
import { ProblemException } from '@welness/platform';
import { ProductLookupService, type ResolvedProduct } from '../lookup/product-lookup.service';
import { BarcodeDecoder, UnreadableImageError, type DecodedBarcode } from './barcode.decoder';

export const SCAN_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export interface ScanOutcome {
  barcode: DecodedBarcode;
  decoded: DecodedBarcode[];
  product: ResolvedProduct;
}

/** Photo → barcode(s) → the first one the catalogue (or a user) knows. */
@Injectable()
export class ProductScanService {
  constructor(
    private readonly decoder: BarcodeDecoder,
    private readonly lookup: ProductLookupService,
  ) {}

  async scan(image: Buffer, mimeType: string, userId?: string): Promise<ScanOutcome> {
    if (!(SCAN_MIME_TYPES as readonly string[]).includes(mimeType)) {
      throw new ProblemException(415, 'unsupported-image-type', 'Unsupported image type', `Send a JPEG, PNG or WebP image, not ${mimeType}.`);
    }
    let decoded: DecodedBarcode[];
    try {
      decoded = await this.decoder.decode(image);
    } catch (err) {
      if (err instanceof UnreadableImageError) {
        throw new ProblemException(422, 'unreadable-image', 'Unreadable image', err.message);
      }
      throw err;
    }
    if (decoded.length === 0) {
      throw new ProblemException(
        422,
        'no-barcode-found',
        'No barcode found',
        'No EAN-13, EAN-8, UPC-A or UPC-E barcode could be read. Fill the frame with the barcode, keep it sharp and well lit, or type the digits.',
      );
    }
    for (const barcode of decoded) {
      try {
        return { barcode, decoded, product: await this.lookup.findByBarcode(barcode.text, userId) };
      } catch (err) {
        if (!(err instanceof ProblemException) || err.status !== 404) throw err;
      }
    }
    throw new ProblemException(404, 'product-not-found', 'Product not found', `Decoded ${decoded.map((d) => d.text).join(', ')}, but no product is known under it.`, {
      decoded,
    });
  }
}
