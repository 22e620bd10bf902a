import type { ProductDto } from '@welness/facts';
import type { DailySummaryDto } from '@welness/progress';
import { COMMANDS, slotName, t } from './bot.texts';
import { allergiesFromMemory, productCard, todayCard } from './cards';

const product = (over: Partial<ProductDto> = {}): ProductDto =>
  ({
    code: '3350033035911',
    name: 'Petits Fromages Frais aux Fruits',
    brands: ['Monoprix'],
    servingSize: 'Un pot 50 g',
    servingQuantityG: 50,
    nutrientsPer100g: { energyKcal: 123 },
    nutrientsPerServing: { energyKcal: 61.5 },
    nutriScore: { grade: 'c', score: 3 },
    allergens: ['en:milk'],
    userContributed: false,
    source: { name: 'Open Food Facts', license: 'ODbL', url: null, attribution: 'Open Food Facts contributors, https://world.openfoodfacts.org' },
    ...over,
  }) as ProductDto;

describe('bot cards and texts', () => {
  it('product card: energy per serving and 100 g, Nutri-Score, ODbL credit', () => {
    expect(productCard('en', product(), []).split('\n')).toEqual([
      'Petits Fromages Frais aux Fruits (Monoprix)',
      '62 kcal per Un pot 50 g',
      '123 kcal per 100 g',
      'Nutri-Score C (3)',
      'Allergens: milk',
      'Data: Open Food Facts contributors, https://world.openfoodfacts.org (ODbL)',
    ]);
  });

  it('warns about allergens the profile lists, in the chat language', () => {
    expect(productCard('en', product(), ['milk'])).toContain('⚠ Contains milk, which your profile lists as an allergy.');
    expect(productCard('es', product({ allergens: ['en:milk', 'en:gluten'] }), ['gluten'])).toContain('⚠ Contiene gluten');
    expect(productCard('en', product({ userContributed: true }), [])).toContain('Added by a Welness AI user');
  });

  it('reads allergies from the coach memory block', () => {
    expect(allergiesFromMemory('Diet: vegan\nAllergies: Milk, tree nuts\n')).toEqual(['milk', 'tree-nuts']);
    expect(allergiesFromMemory('Allergies: none')).toEqual([]);
    expect(allergiesFromMemory(undefined)).toEqual([]);
  });

  it('today card shows energy and macros against targets, water and streak', () => {
    const s = {
      date: '2026-12-06',
      targetsAvailable: true,
      energy: { consumedKcal: 1234.4, burnedKcal: 0, targetKcal: 2000, remainingKcal: 765.6, remainingWithExerciseKcal: 765.6 },
      protein: { consumed: 80.2, target: 120 },
      carbohydrates: { consumed: 150, target: 220 },
      fat: { consumed: 40, target: null },
      water: { consumed: 750, target: 2000 },
      streak: { current: 4, longest: 9, lastDate: '2026-12-06' },
    } as unknown as DailySummaryDto;
    expect(todayCard('en', s)).toBe(
      ['Today, 2026-12-06', 'Energy: 1234/2000 kcal (766 left)', 'Protein 80/120 g · Carbs 150/220 g · Fat 40 g', 'Water: 750/2000 ml', 'Streak: 4 day(s)'].join('\n'),
    );
    expect(todayCard('es', { ...s, targetsAvailable: false })).toContain('Los objetivos necesitan tu perfil');
  });

  it('has every text, slot name and command in both languages', () => {
    expect(slotName('es', 'breakfast')).toBe('desayuno');
    expect(slotName('en', 'snacks')).toBe('snacks');
    expect(t('es', 'waterLogged', { ml: 250, total: 500 })).toBe('Registrados 250 ml de agua. Hoy: 500 ml.');
    expect(COMMANDS.es.map((c) => c.command)).toEqual(COMMANDS.en.map((c) => c.command));
  });
});
