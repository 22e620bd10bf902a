import { MetricsService, ProblemException } from '@welness/platform';
import type { ProductLookupService, ResolvedProduct } from '../lookup/product-lookup.service';
import type { BarcodeDecoder, DecodedBarcode } from './barcode.decoder';
import { UnreadableImageError } from './barcode.decoder';
import { ProductScanService } from './product-scan.service';

const code = (text: string) => ({ text, format: 'EAN-13' }) as unknown as DecodedBarcode;

/** facts_scans_total: the business dashboard's photo-scan hit / miss / unread. */
describe('ProductScanService metrics', () => {
  const known = new Set(['4006381333931']);
  const lookup = {
    findByBarcode: async (text: string) => {
      if (known.has(text)) return { product: { code: text }, contributor: null } as unknown as ResolvedProduct;
      throw new ProblemException(404, 'product-not-found', 'Product not found');
    },
  } as unknown as ProductLookupService;

  async function outcomes(decoded: DecodedBarcode[] | Error): Promise<Record<string, number>> {
    const metrics = new MetricsService();
    const decoder = { decode: async () => (decoded instanceof Error ? Promise.reject(decoded) : decoded) } as unknown as BarcodeDecoder;
    await new ProductScanService(decoder, lookup, metrics).scan(Buffer.from('x'), 'image/png').catch(() => undefined);
    const values = (await metrics.registry.getSingleMetric('facts_scans_total')!.get()).values;
    return Object.fromEntries(values.map((v) => [String(v.labels.outcome), v.value]));
  }

  it('counts a hit, a miss, and a photo without a readable barcode', async () => {
    expect(await outcomes([code('0000000000017'), code('4006381333931')])).toEqual({ hit: 1 });
    expect(await outcomes([code('0000000000017')])).toEqual({ miss: 1 });
    expect(await outcomes([])).toEqual({ unread: 1 });
    expect(await outcomes(new UnreadableImageError('not an image'))).toEqual({ unread: 1 });
  });
});
