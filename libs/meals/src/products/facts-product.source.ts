import { Injectable } from '@nestjs/common';
import { ProblemException } from '@welness/platform';
import type { CatalogueProduct, ProductSource } from './product.source';

/**
 * Adapter to the facts module's barcode lookup. Until facts exports its lookup service the
 * catalogue answers 503 (user foods, recipes, reference foods and quick-adds still work).
 */
@Injectable()
export class FactsProductSource implements ProductSource {
  async byBarcode(_barcode: string, _userId: string): Promise<CatalogueProduct | null> {
    throw new ProblemException(503, 'catalogue-unavailable', 'Catalogue unavailable', 'The product catalogue is not available yet; log a food, recipe or quick-add instead.');
  }
}
