import { Injectable } from '@nestjs/common';
import { MetricsService, ProblemException } from '@welness/platform';
import type { Counter } from 'prom-client';
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
  /** Photo scans: hit (a product), miss (a barcode nobody knows), unread (no barcode in the photo). */
  private readonly scans: Counter<'outcome'>;

  constructor(
    private readonly decoder: BarcodeDecoder,
    private readonly lookup: ProductLookupService,
    metrics: MetricsService,
  ) {
    this.scans = metrics.counter('facts_scans_total', 'Barcode photo scans by outcome (hit, miss, unread)', ['outcome']);
  }

  async scan(image: Buffer, mimeType: string, userId?: string): Promise<ScanOutcome> {
    const outcome = await this.decodeAndFind(image, mimeType, userId).catch((err: unknown) => {
      if (err instanceof ProblemException && err.status === 422) this.scans.inc({ outcome: 'unread' });
      if (err instanceof ProblemException && err.status === 404) this.scans.inc({ outcome: 'miss' });
      throw err;
    });
    this.scans.inc({ outcome: 'hit' });
    return outcome;
  }

  private async decodeAndFind(image: Buffer, mimeType: string, userId?: string): Promise<ScanOutcome> {
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
