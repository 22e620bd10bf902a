import { gtinLookupKeys } from '@welness/nutrition';
import { lookupAliases, upcECompressions } from './lookup-aliases';

describe('lookupAliases', () => {
  it('includes the UPC-A and GTIN-14 forms of a 13-digit padded UPC-A', () => {
    const aliases = lookupAliases('0036000291452');
    expect(aliases).toEqual(expect.arrayContaining(['0036000291452', '036000291452', '00036000291452']));
  });

  it('includes the UPC-E code that expands to the stored UPC-A', () => {
    expect(upcECompressions('042100005264')).toEqual(['04252614']);
    expect(lookupAliases('0042100005264')).toContain('04252614');
  });

  it('includes the padded forms of an EAN-8', () => {
    expect(lookupAliases('96385074')).toEqual(expect.arrayContaining(['96385074', '0000096385074', '00000096385074']));
  });

  it('is the exact inverse of gtinLookupKeys on a sample of inputs', () => {
    const stored = ['0036000291452', '96385074', '4006381333931', '0042100005264', '1234567891011', '123456789012345678'];
    const inputs = ['036000291452', '0036000291452', '00036000291452', '04252614', '042100005264', '96385074',
      '00000096385074', '04006381333931', '4006381333931', '1234567891011', '123456789012345678'];
    for (const input of inputs) {
      for (const key of gtinLookupKeys(input)) {
        if (stored.includes(key)) expect(lookupAliases(key), `${input} -> ${key}`).toContain(input);
      }
    }
  });
});
