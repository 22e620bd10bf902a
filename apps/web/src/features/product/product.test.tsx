import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, it } from 'vitest';
import type { Product } from '../../api/products.api';
import { testNutrients } from '../../test-fixtures';
import { conflictingAllergens, ProductView } from './product-page';

const nutrients = testNutrients;

const product: Product = {
  code: '8410376049879',
  codeFormat: 'EAN-13',
  name: 'Galleta rellena de chocolate 0%',
  brands: ['Hacendado'],
  quantity: '500 g',
  servingSize: '2 biscuits (25 g)',
  servingQuantityG: 25,
  nutrientsPer100g: nutrients({ energyKcal: 427, energyKj: 1787, fat: 15, saturatedFat: 2.1, carbohydrates: 68, sugars: 0.5, fiber: 5.2, proteins: 6.9, salt: 0.6 }),
  nutrientsPerServing: nutrients({ energyKcal: 106.75, energyKj: 446.75, fat: 3.75 }),
  nutriScore: {
    grade: 'd',
    score: 12,
    version: '2023',
    source: 'off',
    status: 'computable',
    computed: {
      grade: 'd',
      score: 12,
      components: {
        negative: [{ id: 'energy', value: 1787, unit: 'kJ', points: 5, pointsMax: 10 }],
        positive: [{ id: 'fiber', value: 5.2, unit: 'g', points: 2, pointsMax: 5 }],
      },
    },
  },
  nova: 4,
  allergens: ['en:gluten', 'en:milk'],
  traces: ['en:nuts'],
  categories: [],
  labels: [],
  diet: { vegan: false, vegetarian: true, palmOilFree: null },
  imageUrl: null,
  dataQuality: { warnings: ['energy-inconsistent-with-macros'] },
  userContributed: false,
  source: { name: 'Open Food Facts', license: 'ODbL', url: 'https://world.openfoodfacts.org/product/8410376049879', attribution: 'Open Food Facts contributors' },
};

function renderProduct(avoided: string[]) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <ProductView product={product} avoided={avoided} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

it('flags declared allergens and traces the user avoids, whatever the tag prefix', () => {
  expect(conflictingAllergens(product, ['milk', 'en:nuts', 'en:eggs'])).toEqual(['milk', 'nuts']);
  expect(conflictingAllergens(product, [])).toEqual([]);
});

it('shows both nutrition columns, the grade with its components, NOVA, quality and the ODbL credit', () => {
  renderProduct(['en:milk']);
  const table = screen.getByTestId('nutrition-table');
  expect(within(table).getByText('Per 100 g')).toBeTruthy();
  expect(within(table).getByText('Per serving (2 biscuits (25 g))')).toBeTruthy();
  expect(within(table).getByText('427 kcal (1,787 kJ)')).toBeTruthy();
  expect(within(table).getByText('107 kcal (447 kJ)')).toBeTruthy();
  // Unknown values read as unknown, never as zero.
  expect(within(table).getAllByText('—').length).toBeGreaterThan(0);
  expect(screen.getByText('Nutri-Score D')).toBeTruthy();
  expect(screen.getByText('5 / 10 points')).toBeTruthy();
  expect(screen.getByTestId('nova').textContent).toContain('Ultra-processed');
  expect(screen.getByTestId('allergen-alert').textContent).toContain('milk');
  expect(screen.getByTestId('quality-warnings').textContent).toContain('energy inconsistent with macros');
  expect(screen.getByText('Data from Open Food Facts — ODbL', { exact: false })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'See this product on Open Food Facts' }).getAttribute('href')).toBe(product.source.url);
});
