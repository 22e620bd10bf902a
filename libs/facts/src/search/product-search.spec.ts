import { ProblemException } from '@welness/platform';
import type { ProductsRepository } from '../catalogue/products.repository';
import type { UserProductsRepository } from '../user-products/user-products.repository';
import { ProductSearchService, decodeCursor, encodeCursor } from './product-search.service';
import type { SearchPageCache } from './search-page.cache';

describe('ProductSearchService.filterOf', () => {
  const service = new ProductSearchService({} as ProductsRepository, {} as UserProductsRepository, {} as SearchPageCache);

  it('puts the longest word prefix at the top level (index-friendly) and the rest in $and', () => {
    expect(service.filterOf({ q: 'Pâte à tartiner' })).toEqual({
      keywordPrefixes: 'tartiner',
      $and: [{ keywordPrefixes: 'pate' }],
    });
  });

  it('adds a regex only for words longer than the stored prefixes', () => {
    const filter = service.filterOf({ q: 'supercalifragilistic' });
    expect(filter).toEqual({ keywordPrefixes: 'supercalifra', $and: [{ keywords: { $regex: '^supercalifragilistic' } }] });
  });

  it('maps filters and the cursor', () => {
    const cursor = encodeCursor(12.5, '3017620422003');
    expect(service.filterOf({ brand: 'Ferréro', nutriScore: 'A,b', excludeAllergens: 'milk,en:gluten', vegan: 'true', cursor })).toEqual({
      brandKeys: 'ferrero',
      $and: [
        { 'nutriScore.grade': { $in: ['a', 'b'] } },
        { allergens: { $nin: ['en:milk', 'en:gluten'] } },
        { 'diet.vegan': true },
        { $or: [{ rank: { $lt: 12.5 } }, { rank: 12.5, _id: { $gt: '3017620422003' } }] },
      ],
    });
    expect(service.filterOf({})).toEqual({});
  });

  it('round-trips cursors and rejects forged ones', () => {
    expect(decodeCursor(encodeCursor(3, 'x'))).toEqual({ rank: 3, id: 'x' });
    expect(() => decodeCursor('bm9wZQ')).toThrow(ProblemException);
  });
});
