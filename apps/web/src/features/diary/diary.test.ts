import { expect, it } from 'vitest';
import { dayIn } from '../../hooks/use-today';
import { safeNext } from '../auth/sign-in-page';
import { shiftDay } from './diary-page';

it('moves across month, year and DST boundaries by whole calendar days', () => {
  expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
  expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
  expect(shiftDay('2026-03-29', 1)).toBe('2026-03-30'); // Europe's spring-forward night
});

it("computes today in the user's time zone, not the browser's", () => {
  const at = new Date('2026-11-22T10:30:00Z');
  expect(dayIn('Pacific/Auckland', at)).toBe('2026-11-22');
  expect(dayIn('Pacific/Honolulu', at)).toBe('2026-11-22');
  expect(dayIn('Pacific/Kiritimati', new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
});

it('only follows same-app redirects after sign-in', () => {
  expect(safeNext('/diary?date=2026-11-01')).toBe('/diary?date=2026-11-01');
  expect(safeNext('//evil.example/x')).toBe('/');
  expect(safeNext('https://evil.example')).toBe('/');
  expect(safeNext(null)).toBe('/');
});
