import { Injectable } from '@nestjs/common';
import { ProductLookupService } from '@welness/facts';
import { ProblemException } from '@welness/platform';
import { toCatalogueFood } from './catalogue-food.mapper';
import type { CatalogueFood, ProductSource } from './product.source';

/** Adapter to the facts module's barcode lookup (its exported service, never its collections). */
@Injectable()
export class FactsProductSource implements ProductSource {
  constructor(private readonly lookup: ProductLookupService) {}

  async byBarcode(barcode: string, userId: string): Promise<CatalogueFood | null> {
    try {
      const { product } = await this.lookup.findByBarcode(barcode, userId);
      const mapped = toCatalogueFood(product);
      if (!mapped) {
        throw new ProblemException(
          422,
          'product-without-energy',
          'Product has no energy value',
          `Product ${product.code} has no energy value; log it as a quick-add.`,
        );
      }
      return mapped;
    } catch (err) {
      if (err instanceof ProblemException && err.status === 404) return null;
      throw err;
    }
  }
}
