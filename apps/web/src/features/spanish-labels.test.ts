import { afterEach, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { planMealName } from './plan/plan-page';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

it('Spanish pages say plan meals and servings in Spanish, not "Breakfast" and "1 serving"', async () => {
  await i18n.changeLanguage('es');
  const t = i18n.t.bind(i18n) as (key: string, o?: object) => string;
  expect(planMealName(t, 'Breakfast', 'breakfast')).toBe('Desayuno');
  expect(planMealName(t, 'Afternoon snack', 'snacks')).toBe('Merienda');
  expect(t('units.servings', { count: 1, value: '1' })).toBe('1 ración');
  expect(t('units.servings', { count: 2, value: '2' })).toBe('2 raciones');
  await i18n.changeLanguage('en');
  expect(planMealName(i18n.t.bind(i18n), 'Lunch', 'lunch')).toBe('Lunch');
  expect(i18n.t('units.servings', { count: 1, value: '1' })).toBe('1 serving');
});
