import type { CatalogueProduct } from '../catalogue/product.document';
import { toProductDto } from './product.mapper';
import { productResponseJson } from './product-response.serializer';

const product = (): CatalogueProduct =>
  ({
    _id: '3017620422003',
    code: '3017620422003',
    codeFormat: 'EAN-13',
    name: 'Nutella',
    names: { en: 'Nutella', fr: 'Pâte à tartiner' },
    brands: ['Ferrero'],
    quantity: '400 g',
    servingSize: null,
    servingQuantityG: null,
    nutrientsPer100g: { energyKcal: 539 },
    nutrientsPerServing: null,
    nutriScore: { grade: 'e', score: 26, source: 'off', status: 'computable', computed: null },
    nova: 4,
    allergens: [],
    traces: [],
    categories: [],
    labels: [],
    diet: { vegan: false, vegetarian: true, palmOilFree: false },
    imageUrl: null,
    dataQuality: { warnings: [] },
  }) as unknown as CatalogueProduct;

describe('productResponseJson', () => {
  it('is exactly the mapped DTO, for every language asked', () => {
    const p = product();
    for (const lang of [undefined, 'fr', 'en', 'de']) {
      expect(JSON.parse(productResponseJson({ product: p, contributor: null }, lang))).toEqual(toProductDto({ product: p, contributor: null }, lang));
    }
  });

  it('serializes a catalogue product once per name language, not once per lang asked', () => {
    const p = product();
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      for (const lang of [undefined, 'de', 'it', undefined, 'fr', 'fr']) productResponseJson({ product: p, contributor: null }, lang);
      // '' (no lang, de, it: no such name) and fr.
      expect(stringify).toHaveBeenCalledTimes(2);
    } finally {
      stringify.mockRestore();
    }
  });

  it('never reuses a user-contributed body: it depends on who asks', () => {
    const p = product();
    const mine = JSON.parse(productResponseJson({ product: p, contributor: { ownedByCaller: true } })) as { ownedByCaller: boolean };
    const theirs = JSON.parse(productResponseJson({ product: p, contributor: { ownedByCaller: false } })) as { ownedByCaller: boolean; source: { name: string } };
    expect(mine.ownedByCaller).toBe(true);
    expect(theirs.ownedByCaller).toBe(false);
    expect(theirs.source.name).toBe('Welness AI user');
    // …and a catalogue body for the same object is still the OFF one.
    expect((JSON.parse(productResponseJson({ product: p, contributor: null })) as { userContributed: boolean }).userContributed).toBe(false);
  });
});
