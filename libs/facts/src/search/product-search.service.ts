import { Injectable } from '@nestjs/common';
import { badRequest } from '@welness/platform';
import type { Filter } from 'mongodb';
import { foldText, keywordsOf } from '../domain';
import { KEYWORD_PREFIX_MAX, type CatalogueProduct, type ProductDocument } from '../catalogue/product.document';
import { ProductsRepository } from '../catalogue/products.repository';
import { UserProductsRepository, type UserProductDocument } from '../user-products/user-products.repository';
import { SearchPageCache } from './search-page.cache';

function asCatalogueProduct(doc: UserProductDocument): CatalogueProduct {
  const { ownerId: _o, shared: _s, label: _l, createdAt: _c, updatedAt: _u, ...product } = doc;
  return { ...product, _id: doc.code };
}

export interface ProductSearch {
  q?: string;
  brand?: string;
  nutriScore?: string;
  excludeAllergens?: string;
  vegan?: 'true' | 'false';
  limit?: number;
  cursor?: string;
}

export interface ProductSearchPage {
  items: CatalogueProduct[];
  nextCursor: string | null;
  /** Codes of user-added products among the items, and whether the caller added each. */
  contributed: Record<string, { ownedByCaller: boolean }>;
}

const MAX_WORDS = 6;
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function encodeCursor(rank: number, id: string): string {
  return Buffer.from(JSON.stringify([rank, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { rank: number; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string') {
      return { rank: value[0], id: value[1] };
    }
  } catch {
    // reported below
  }
  throw badRequest('invalid-cursor', 'cursor is not one this API returned');
}

/**
 * Word-prefix search over the folded `keywords` array (as OFF does) with filters, ordered by
 * rank (popularity, then completeness) and code, so pages never overlap or skip.
 */
@Injectable()
export class ProductSearchService {
  constructor(
    private readonly products: ProductsRepository,
    private readonly userProducts: UserProductsRepository,
    private readonly pages: SearchPageCache,
  ) {}

  /**
   * The first page leads with products people added from a label (the caller's own, and
   * shared ones), so a product someone typed in is found by name like any other.
   */
  async search(query: ProductSearch, userId?: string): Promise<ProductSearchPage> {
    const limit = query.limit ?? 20;
    const filter = this.filterOf(query);
    // The catalogue page is the same for every caller (cached); user-added products are not.
    const items = await this.pages.page({ filter, limit: limit + 1 }, () => this.products.search(filter, limit + 1));
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = items.length > limit && last ? encodeCursor(last.rank, last._id) : null;
    const added = query.cursor ? [] : await this.userMatches(query, userId, limit);
    const contributed = Object.fromEntries(added.map((d) => [d.code, { ownedByCaller: d.ownerId === userId }]));
    const addedCodes = new Set(added.map((d) => d.code));
    const merged = [...added.map(asCatalogueProduct), ...page.filter((p) => !addedCodes.has(p.code))].slice(0, limit);
    return { items: merged, nextCursor, contributed };
  }

  /** User-added products matching the words and the filters that apply to them. */
  private async userMatches(query: ProductSearch, userId: string | undefined, limit: number): Promise<UserProductDocument[]> {
    const words = keywordsOf(query.q).slice(0, MAX_WORDS);
    if (words.length === 0 || query.nutriScore) return [];
    const avoid = query.excludeAllergens ? this.allergenTags(query.excludeAllergens) : [];
    const brand = query.brand ? foldText(query.brand).trim() : null;
    return (await this.userProducts.searchVisible(words, userId, limit)).filter(
      (d) =>
        !d.allergens.some((a) => avoid.includes(a)) &&
        (!brand || d.brandKeys.includes(brand)) &&
        (!query.vegan || d.diet.vegan === (query.vegan === 'true')),
    );
  }

  private allergenTags(list: string): string[] {
    return list
      .toLowerCase()
      .split(',')
      .map((tag) => (tag.includes(':') ? tag : `en:${tag}`));
  }

  filterOf(query: ProductSearch): Filter<ProductDocument> {
    // One equality sits at the top level: FerretDB 1.24 pushes only top-level equalities
    // down to PostgreSQL, and filters the `$and` part on the rows those return.
    const top: Filter<ProductDocument> = {};
    const and: Filter<ProductDocument>[] = [];
    const words = keywordsOf(query.q)
      .slice(0, MAX_WORDS)
      .sort((a, b) => b.length - a.length); // the longest word is the most selective
    for (const word of words) {
      const chars = [...word];
      // Equality on the stored prefixes uses the multikey index; only words longer than the
      // stored prefixes need the regex, and it then runs on the few candidates only.
      const prefix = chars.slice(0, KEYWORD_PREFIX_MAX).join('');
      if (top.keywordPrefixes === undefined) top.keywordPrefixes = prefix;
      else and.push({ keywordPrefixes: prefix });
      if (chars.length > KEYWORD_PREFIX_MAX) and.push({ keywords: { $regex: `^${escapeRegex(word)}` } });
    }
    if (query.brand) top.brandKeys = foldText(query.brand).trim();
    if (query.nutriScore) {
      and.push({ 'nutriScore.grade': { $in: [...new Set(query.nutriScore.toLowerCase().split(','))] } });
    }
    if (query.excludeAllergens) and.push({ allergens: { $nin: this.allergenTags(query.excludeAllergens) } });
    if (query.vegan) and.push({ 'diet.vegan': query.vegan === 'true' });
    if (query.cursor) {
      const { rank, id } = decodeCursor(query.cursor);
      and.push({ $or: [{ rank: { $lt: rank } }, { rank, _id: { $gt: id } }] });
    }
    return and.length === 0 ? top : { ...top, $and: and };
  }
}
