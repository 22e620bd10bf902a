import type { Product } from './api/products.api';
import type { Me } from './api/session';

/** A signed-in person as GET /me answers, for component tests; pass what the test is about. */
export function testMe(patch: Partial<Me> = {}): Me {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'ana@example.test',
    emailVerified: true,
    displayName: 'Ana',
    timeZone: 'UTC',
    locale: 'en',
    unitSystem: 'metric',
    birthDate: null,
    sex: null,
    heightCm: null,
    activityLevel: null,
    roles: ['user'],
    status: 'active',
    mfaEnabled: false,
    hasPassword: true,
    createdAt: '2026-01-01T00:00:00Z',
    ...patch,
  };
}

/** Per-100 g values of a catalogue product: unknown (null) unless given. */
export function testNutrients(values: Partial<Product['nutrientsPer100g']> = {}): Product['nutrientsPer100g'] {
  return {
    energyKcal: null,
    energyKj: null,
    fat: null,
    saturatedFat: null,
    carbohydrates: null,
    sugars: null,
    fiber: null,
    proteins: null,
    salt: null,
    sodium: null,
    ...values,
  };
}

/** A catalogue product as GET /products/{barcode} answers, with nothing known beyond what is given. */
export function testProduct(patch: Partial<Product> = {}): Product {
  return {
    code: '8410376049879',
    codeFormat: 'EAN-13',
    name: null,
    brands: [],
    quantity: null,
    servingSize: null,
    servingQuantityG: null,
    nutrientsPer100g: testNutrients(),
    nutrientsPerServing: null,
    nutriScore: { grade: null, score: null, version: '2023', source: null, status: 'missing-data', computed: null },
    nova: null,
    allergens: [],
    traces: [],
    categories: [],
    labels: [],
    diet: { vegan: null, vegetarian: null, palmOilFree: null },
    imageUrl: null,
    dataQuality: { warnings: [] },
    userContributed: false,
    source: { name: 'Open Food Facts', license: 'ODbL', url: 'https://world.openfoodfacts.org/product/8410376049879', attribution: 'Open Food Facts contributors' },
    ...patch,
  };
}
