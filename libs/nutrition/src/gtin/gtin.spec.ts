import {
  computeGs1CheckDigit,
  expandUpcE,
  gtinLookupKeys,
  hasValidGs1CheckDigit,
  isValidUpcE,
  normalizeGtin,
  type NormalizedGtin,
} from './index';

function ok(input: string): NormalizedGtin {
  const result = normalizeGtin(input);
  if (!result.ok) throw new Error(`expected ${input} to be accepted: ${result.message}`);
  return result.value;
}

describe('GS1 check digit', () => {
  it.each([
    ['400638133393', 1], // EAN-13 4006381333931
    ['03600029145', 2], // UPC-A 036000291452
    ['9638507', 4], // EAN-8 96385074
    ['1001234567890', 2], // GTIN-14 10012345678902
    ['00000000000', 0],
  ])('payload %s -> %d', (payload, digit) => {
    expect(computeGs1CheckDigit(payload)).toBe(digit);
  });

  it('validates whole codes', () => {
    expect(hasValidGs1CheckDigit('4006381333931')).toBe(true);
    expect(hasValidGs1CheckDigit('4006381333932')).toBe(false);
    expect(hasValidGs1CheckDigit('5449000000996')).toBe(true);
    expect(hasValidGs1CheckDigit('abc')).toBe(false);
    expect(hasValidGs1CheckDigit('7')).toBe(false);
  });

  it('rejects non-digit payloads', () => {
    expect(() => computeGs1CheckDigit('12a')).toThrow(TypeError);
  });
});

describe('UPC-E expansion', () => {
  it.each([
    ['01234565', '012345000065'], // last digit 5-9: manufacturer 5 digits, item = last digit
    ['04252614', '042100005264'], // last digit 0-2
    ['01234531', '012300000451'], // last digit 3
    ['01234541', '012340000051'], // last digit 4
    ['11234565', '112345000065'], // number system 1
  ])('%s -> %s', (upcE, upcA) => {
    expect(expandUpcE(upcE)).toBe(upcA);
  });

  it('only reads number systems 0 and 1 with 8 digits', () => {
    expect(expandUpcE('21234565')).toBeNull();
    expect(expandUpcE('1234565')).toBeNull();
  });

  it('judges validity on the expansion', () => {
    expect(isValidUpcE('04252614')).toBe(true);
    expect(isValidUpcE('04252615')).toBe(false);
  });
});

describe('normalizeGtin classification', () => {
  it('classifies each format', () => {
    expect(ok('4006381333931')).toMatchObject({ format: 'EAN-13', checkDigitValid: true, upcA: null });
    expect(ok('96385074')).toMatchObject({ format: 'EAN-8', checkDigitValid: true });
    expect(ok('036000291452')).toMatchObject({ format: 'UPC-A', upcA: '036000291452' });
    expect(ok('10012345678902')).toMatchObject({ format: 'GTIN-14', checkDigitValid: true });
    expect(ok('04252614')).toMatchObject({ format: 'UPC-E', upcA: '042100005264', checkDigitValid: true });
    expect(ok('0036000291452')).toMatchObject({ format: 'EAN-13', upcA: '036000291452' });
    expect(ok('123456789012345678')).toMatchObject({ format: 'other', gtin14: null });
  });

  it('gives the 14-digit GS1 form only for valid GTINs', () => {
    expect(ok('96385074').gtin14).toBe('00000096385074');
    expect(ok('036000291452').gtin14).toBe('00036000291452');
    expect(ok('04252614').gtin14).toBe('00042100005264');
    expect(ok('4006381333932').gtin14).toBeNull();
  });

  it('keeps codes with a bad check digit but says so', () => {
    const value = ok('1234567891011');
    expect(value.format).toBe('EAN-13');
    expect(value.checkDigitValid).toBe(false);
    expect(value.lookupKeys[0]).toBe('1234567891011');
  });

  it('strips spaces and hyphens', () => {
    expect(ok(' 4006381-333931 ').digits).toBe('4006381333931');
    expect(ok('4 006381 333931').format).toBe('EAN-13');
  });

  it('flags GS1 restricted-circulation prefixes', () => {
    expect(ok('2000000000008').restrictedCirculation).toBe(true);
    expect(ok('0200000000007').restrictedCirculation).toBe(true);
    expect(ok('4006381333931').restrictedCirculation).toBe(false);
    expect(ok('20123451').restrictedCirculation).toBe(true);
  });

  it('accepts numbers', () => {
    expect(normalizeGtin(96385074)).toMatchObject({ ok: true });
  });
});

describe('normalizeGtin rejections', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12345abc90123', 'non-digit'],
    ['4006381333931;', 'non-digit'],
    ['１２３４５６７８', 'non-digit'], // full-width digits are not GS1 digits
    ['1234567', 'too-short'],
    ['1'.repeat(25), 'too-long'],
  ])('%j -> %s', (input, reason) => {
    const result = normalizeGtin(input);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(5);
  });

  it('rejects null and undefined as empty', () => {
    expect(normalizeGtin(null)).toMatchObject({ ok: false, reason: 'empty' });
    expect(normalizeGtin(undefined)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('accepts the boundary lengths 8 and 24', () => {
    expect(normalizeGtin('96385074').ok).toBe(true);
    expect(normalizeGtin('1'.repeat(24)).ok).toBe(true);
  });
});

describe('lookup keys', () => {
  it('tries the exact input first, then the 13-digit OFF form of a UPC-A', () => {
    expect(gtinLookupKeys('036000291452')).toEqual(['036000291452', '0036000291452']);
  });

  it('finds a 13-digit padded UPC-A under its 12-digit form too', () => {
    expect(gtinLookupKeys('0036000291452')).toEqual(['0036000291452', '036000291452']);
  });

  it('strips GTIN-14 leading zeros to 13, 12 and 8 digits', () => {
    expect(gtinLookupKeys('00000096385074')).toEqual([
      '00000096385074',
      '0000096385074',
      '000096385074',
      '96385074',
    ]);
    expect(gtinLookupKeys('04006381333931')).toEqual(['04006381333931', '4006381333931']);
    expect(gtinLookupKeys('10012345678902')).toEqual(['10012345678902']);
  });

  it('adds the UPC-A expansion of a valid UPC-E', () => {
    expect(gtinLookupKeys('04252614')).toEqual([
      '04252614',
      '0000004252614',
      '000004252614',
      '0042100005264',
      '042100005264',
    ]);
  });

  it('pads an EAN-8 for stores that keep 13 digits', () => {
    expect(gtinLookupKeys('96385074')).toEqual(['96385074', '0000096385074', '000096385074']);
  });

  it('never returns duplicates', () => {
    for (const code of ['0000101209159', '00000000000000', '5449000000996']) {
      const keys = gtinLookupKeys(code);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
