import { computeGs1CheckDigit } from './gtin.check-digit';

/**
 * Expands an 8-digit UPC-E (number system 0 or 1, six data digits, check digit) to UPC-A.
 * Returns null when the code cannot be UPC-E. The check digit is carried over untouched:
 * it is the UPC-A check digit by definition, so validity is judged on the expansion.
 */
export function expandUpcE(code: string): string | null {
  if (!/^[01]\d{7}$/.test(code)) return null;
  const ns = code[0] as string;
  const d = code.slice(1, 7);
  const check = code[7] as string;
  const last = Number(d[5]);
  let body: string;
  if (last <= 2) body = `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  else if (last === 3) body = `${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  else if (last === 4) body = `${d.slice(0, 4)}00000${d[4]}`;
  else body = `${d.slice(0, 5)}0000${last}`;
  return `${ns}${body}${check}`;
}

/** True when the 8 digits read as UPC-E and the UPC-A expansion has a valid check digit. */
export function isValidUpcE(code: string): boolean {
  const upcA = expandUpcE(code);
  if (upcA === null) return false;
  return computeGs1CheckDigit(upcA.slice(0, 11)) === Number(upcA[11]);
}
