import { GTIN_MAX_LENGTH, GTIN_MIN_LENGTH, expandUpcE, gtinLookupKeys } from '@welness/nutrition';

/** UPC-E codes whose expansion is this UPC-A (number system 0 or 1 only). */
export function upcECompressions(upcA: string): string[] {
  if (!/^[01]\d{11}$/.test(upcA)) return [];
  const ns = upcA[0];
  const check = upcA[11];
  const m = upcA.slice(1, 6);
  const item = upcA.slice(6, 11);
  const candidates = [
    ...['0', '1', '2'].map((d) => `${m.slice(0, 2)}${item.slice(2)}${d}`),
    `${m.slice(0, 3)}${item.slice(3)}3`,
    `${m.slice(0, 4)}${item.slice(4)}4`,
    ...['5', '6', '7', '8', '9'].map((d) => `${m}${d}`),
  ].map((middle) => `${ns}${middle}${check}`);
  return [...new Set(candidates.filter((upcE) => expandUpcE(upcE) === upcA))];
}

/**
 * Every lookup input that can resolve to the stored code: the inverse of gtinLookupKeys.
 * Cache entries are keyed by input, so a write to `code` must drop all of these.
 */
export function lookupAliases(code: string): string[] {
  const aliases = new Set<string>([code]);
  const core = code.replace(/^0+/, '');
  if (core.length > 0 && [8, 12, 13].includes(code.length) && code === core.padStart(code.length, '0')) {
    for (let length = Math.max(GTIN_MIN_LENGTH, core.length); length <= GTIN_MAX_LENGTH; length += 1) {
      aliases.add(core.padStart(length, '0'));
    }
  }
  const upcA = code.length === 13 && code.startsWith('0') ? code.slice(1) : code.length === 12 ? code : null;
  if (upcA) for (const upcE of upcECompressions(upcA)) aliases.add(upcE);
  // Keep only inputs that really map here (guards the rules above against drift).
  return [...aliases].filter((alias) => gtinLookupKeys(alias).includes(code));
}
