import { expect, it } from 'vitest';
import { heightText, heightToStored, inputText, limitIn, parseDecimal, shownValue, toStored } from './units';

it('reads a decimal typed with a point or a comma, and nothing else', () => {
  expect(parseDecimal('70.5')).toBe(70.5);
  expect(parseDecimal(' 70,5 ')).toBe(70.5);
  expect(parseDecimal('180')).toBe(180);
  expect(parseDecimal('')).toBeNull();
  expect(parseDecimal('12abc')).toBeNull();
  expect(parseDecimal('1e3')).toBeNull();
  expect(parseDecimal('Infinity')).toBeNull();
});

it('stores a weight typed in lb as kg to the gram, and shows it back as typed', () => {
  expect(toStored('weight', '180', 'imperial')).toBe(81.647);
  expect(Math.round(toStored('weight', '180', 'imperial')! * 10) / 10).toBe(81.6);
  expect(toStored('weight', '70,5', 'metric')).toBe(70.5);
  expect(toStored('weight', 'x', 'imperial')).toBeNull();
  expect(shownValue('weight', 81.647, 'imperial')).toBe(180);
  expect(inputText('weight', 81.647, 'imperial')).toBe('180');
  expect(inputText('weight', 81.647, 'metric')).toBe('81.6');
  expect(inputText('weight', null, 'imperial')).toBe('');
});

it('stores lengths and distances in cm and m', () => {
  expect(toStored('length', '32', 'imperial')).toBe(81.28);
  expect(shownValue('length', 81.28, 'imperial')).toBe(32);
  expect(toStored('distance', '5', 'metric')).toBe(5000);
  expect(toStored('distance', '3.1', 'imperial')).toBe(4989);
  expect(shownValue('distance', 5000, 'imperial')).toBe(3.11);
});

it('restates the API’s kg limits in lb, rounded inwards', () => {
  expect(limitIn('weight', { minimum: 20, maximum: 500 }, 'imperial')).toEqual({ minimum: 44.1, maximum: 1102.3 });
  expect(limitIn('weight', { minimum: 20, maximum: 500 }, 'metric')).toEqual({ minimum: 20, maximum: 500 });
  // Inside the restated bounds is inside the API's.
  expect(toStored('weight', '44.1', 'imperial')!).toBeGreaterThanOrEqual(20);
  expect(toStored('weight', '1102.3', 'imperial')!).toBeLessThanOrEqual(500);
});

it('types a height in cm, or in feet and inches', () => {
  expect(heightToStored({ cm: '', feet: '5', inches: '10' }, 'imperial')).toBe(177.8);
  expect(heightToStored({ cm: '', feet: '6', inches: '' }, 'imperial')).toBe(182.9);
  expect(heightToStored({ cm: '', feet: '', inches: '70' }, 'imperial')).toBe(177.8);
  expect(heightToStored({ cm: '', feet: '', inches: '' }, 'imperial')).toBeNull();
  expect(heightToStored({ cm: '', feet: 'five', inches: '' }, 'imperial')).toBeNaN();
  expect(heightToStored({ cm: '168', feet: '', inches: '' }, 'metric')).toBe(168);
  expect(heightToStored({ cm: '', feet: '', inches: '' }, 'metric')).toBeNull();
  expect(heightText(177.8, 'imperial')).toEqual({ cm: '', feet: '5', inches: '10' });
  expect(heightText(179.1, 'imperial')).toEqual({ cm: '', feet: '5', inches: '10.5' });
  expect(heightText(168, 'metric')).toEqual({ cm: '168', feet: '', inches: '' });
  expect(heightText(null, 'imperial')).toEqual({ cm: '', feet: '', inches: '' });
});
