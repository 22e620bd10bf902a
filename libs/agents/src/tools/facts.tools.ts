import { Injectable } from '@nestjs/common';
import { type CatalogueProduct, ProductLookupService, ProductSearchService } from '@welness/facts';
import { z } from 'zod';
import type { ProductInfo } from './tool-outputs';
import { ToolError, ToolProvider, ToolSpec, defineTool } from './tool.types';

export function toProductInfo(p: CatalogueProduct): ProductInfo {
  const n = p.nutrientsPer100g;
  return {
    barcode: p.code,
    name: p.name ?? p.code,
    brand: p.brands[0] ?? null,
    servingSizeG: p.servingQuantityG,
    per100g: { energyKcal: n.energyKcal, proteinG: n.proteins, carbsG: n.carbohydrates, fatG: n.fat },
    nutriScore: p.nutriScore.grade,
  };
}

/** Catalogue lookup and search through the facts module's exported services. */
@Injectable()
export class FactsTools implements ToolProvider {
  constructor(
    private readonly lookup: ProductLookupService,
    private readonly search: ProductSearchService,
  ) {}

  tools(): ToolSpec[] {
    return [
      defineTool({
        name: 'lookup_barcode',
        description:
          'Nutrition facts of a product by barcode (EAN-13, EAN-8, UPC-A, GTIN-14) from the Open Food Facts catalogue.',
        write: false,
        args: z.object({ barcode: z.string().regex(/^\d{6,24}$/) }).strict(),
        run: async (a, ctx) => {
          const found = await this.lookup.findByBarcode(a.barcode, ctx.userId).catch((err: unknown) => {
            if (err instanceof Error && 'status' in err)
              throw new ToolError(`no product ${a.barcode} in the catalogue`);
            throw err;
          });
          return { product: toProductInfo(found.product), attribution: 'Open Food Facts (ODbL)' };
        },
      }),
      defineTool({
        name: 'search_foods',
        description:
          'Search the food catalogue by name (and optionally brand); returns up to `limit` products with nutrition per 100 g.',
        write: false,
        args: z
          .object({
            query: z.string().min(2).max(100),
            brand: z.string().max(60).optional(),
            limit: z.number().int().min(1).max(10).optional(),
          })
          .strict(),
        run: async (a) => {
          const page = await this.search.search({ q: a.query, brand: a.brand, limit: a.limit ?? 5 });
          return { products: page.items.map(toProductInfo), attribution: 'Open Food Facts (ODbL)' };
        },
      }),
    ];
  }
}
