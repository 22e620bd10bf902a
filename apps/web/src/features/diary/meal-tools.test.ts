import { expect, it } from 'vitest';
import { slotForHour } from '../recipes/log-portion-form';
import { defaultCopyTarget } from './meal-tools';

it('copies to the next day by default, or to the day before when the next one is still ahead', () => {
  expect(defaultCopyTarget('2026-03-10', '2026-03-12')).toBe('2026-03-11');
  expect(defaultCopyTarget('2026-03-11', '2026-03-12')).toBe('2026-03-12');
  expect(defaultCopyTarget('2026-03-12', '2026-03-12')).toBe('2026-03-11');
  expect(defaultCopyTarget('2026-12-31', '2027-01-05')).toBe('2027-01-01');
});

it('suggests the meal of the hour for a logged portion', () => {
  expect([6, 11, 15, 16, 21, 22, 23].map(slotForHour)).toEqual(['breakfast', 'lunch', 'lunch', 'dinner', 'dinner', 'snacks', 'snacks']);
});
