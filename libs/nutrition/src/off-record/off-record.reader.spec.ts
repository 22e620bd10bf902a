import { availablePreparations, readOffNutrient, readTags, toFiniteNumber } from './off-record.reader';

describe('toFiniteNumber', () => {
  it.each([
    [1.5, 1.5],
    ['1.7999999523163', 1.7999999523163],
    ['0,33', 0.33],
    [' 12 ', 12],
    ['< 0.5', 0.5],
    ['~3', 3],
    ['1e-3', 0.001],
    ['', null],
    ['abc', null],
    ['1.2.3', null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [null, null],
    [undefined, null],
    [true, null],
  ] as const)('%j -> %j', (input, expected) => {
    expect(toFiniteNumber(input)).toBe(expected);
  });
});

describe('readTags', () => {
  it('reads arrays, comma- and tab-joined strings, trimming and de-duplicating', () => {
    expect(readTags({ t: ['en:a', 'en:b', 'en:a'] }, 't')).toEqual(['en:a', 'en:b']);
    expect(readTags({ t: 'en:a, en:b,,en:c' }, 't')).toEqual(['en:a', 'en:b', 'en:c']);
    expect(readTags({ t: 'en:a\ten:b' }, 't')).toEqual(['en:a', 'en:b']);
    expect(readTags({ t: 42 }, 't')).toEqual([]);
    expect(readTags({}, 't')).toEqual([]);
  });
});

describe('readOffNutrient', () => {
  it('converts aggregated masses given in mg', () => {
    const record = { nutrition: { aggregated_set: { nutrients: { sodium: { value: 400, unit: 'mg' } } } } };
    expect(readOffNutrient(record, 'sodium')).toBeCloseTo(0.4, 12);
  });

  it('does not read an as-sold aggregated set as prepared', () => {
    const record = {
      nutrition: { aggregated_set: { preparation: 'as_sold', nutrients: { fat: { value: 3, unit: 'g' } } } },
    };
    expect(readOffNutrient(record, 'fat')).toBe(3);
    expect(readOffNutrient(record, 'fat', 'prepared')).toBeNull();
    expect(availablePreparations(record)).toEqual(['as_sold']);
  });

  it('prefers nutriments over flat columns, and reads prepared values', () => {
    const record = { nutriments: { fat_100g: '2.5', fat_prepared_100g: 1 }, fat_100g: '9' };
    expect(readOffNutrient(record, 'fat')).toBe(2.5);
    expect(readOffNutrient(record, 'fat', 'prepared')).toBe(1);
    expect(availablePreparations(record)).toEqual(['as_sold', 'prepared']);
    expect(readOffNutrient({ fat_100g: '9' }, 'fat')).toBe(9);
  });
});
