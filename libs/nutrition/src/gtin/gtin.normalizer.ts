import { hasValidGs1CheckDigit } from './gtin.check-digit';
import { expandUpcE, isValidUpcE } from './gtin.upc-e';
import type { GtinFormat, GtinParseResult, NormalizedGtin } from './gtin.types';

export const GTIN_MIN_LENGTH = 8;
/** OFF holds in-store codes up to 24 digits; anything longer is not a barcode we can serve. */
export const GTIN_MAX_LENGTH = 24;

// Typed or OCR'd codes often carry spaces or hyphens between digit groups.
const SEPARATORS_RE = /[\s-]+/g;

function classify(digits: string): { format: GtinFormat; checkDigitValid: boolean } {
  const gs1Valid = hasValidGs1CheckDigit(digits);
  switch (digits.length) {
    case 8:
      // EAN-8 wins when both readings are valid: that is how OFF stores 8-digit codes.
      if (gs1Valid) return { format: 'EAN-8', checkDigitValid: true };
      if (isValidUpcE(digits)) return { format: 'UPC-E', checkDigitValid: true };
      return { format: 'EAN-8', checkDigitValid: false };
    case 12:
      return { format: 'UPC-A', checkDigitValid: gs1Valid };
    case 13:
      return { format: 'EAN-13', checkDigitValid: gs1Valid };
    case 14:
      return { format: 'GTIN-14', checkDigitValid: gs1Valid };
    default:
      return { format: 'other', checkDigitValid: gs1Valid };
  }
}

function upcAOf(digits: string, format: GtinFormat): string | null {
  if (format === 'UPC-A') return digits;
  if (format === 'UPC-E') return expandUpcE(digits);
  if (format === 'EAN-13' && digits.startsWith('0')) return digits.slice(1);
  return null;
}

function isRestricted(digits: string, format: GtinFormat): boolean {
  if (format === 'EAN-8') return digits.startsWith('0') || digits.startsWith('2');
  const ean13 = format === 'UPC-A' ? `0${digits}` : format === 'EAN-13' ? digits : null;
  if (ean13 === null) return false;
  return ean13.startsWith('2') || ean13.startsWith('02') || ean13.startsWith('04');
}

/**
 * Candidate catalogue keys, best first. OFF stores UPC-A padded to 13 digits and strips
 * leading zeros of GTIN-14, so a code may be stored under a shorter or longer form than
 * the one scanned.
 */
export function gtinLookupKeys(digits: string): string[] {
  const keys: string[] = [digits];
  const core = digits.replace(/^0+/, '');
  if (core.length > 0) {
    for (const length of [13, 12, 8]) {
      if (core.length <= length) keys.push(core.padStart(length, '0'));
    }
  }
  if (digits.length === 8 && isValidUpcE(digits)) {
    const upcA = expandUpcE(digits);
    if (upcA !== null) keys.push(`0${upcA}`, upcA);
  }
  return [...new Set(keys)];
}

export function normalizeGtin(input: string | number | null | undefined): GtinParseResult {
  const raw = input === null || input === undefined ? '' : String(input);
  const digits = raw.replace(SEPARATORS_RE, '');
  if (digits.length === 0) {
    return { ok: false, reason: 'empty', message: 'barcode is empty' };
  }
  if (!/^\d+$/.test(digits)) {
    return { ok: false, reason: 'non-digit', message: 'barcode must contain only digits' };
  }
  if (digits.length < GTIN_MIN_LENGTH) {
    return {
      ok: false,
      reason: 'too-short',
      message: `barcode has ${digits.length} digits; at least ${GTIN_MIN_LENGTH} are needed`,
    };
  }
  if (digits.length > GTIN_MAX_LENGTH) {
    return {
      ok: false,
      reason: 'too-long',
      message: `barcode has ${digits.length} digits; at most ${GTIN_MAX_LENGTH} are accepted`,
    };
  }
  const { format, checkDigitValid } = classify(digits);
  const upcA = upcAOf(digits, format);
  const gtinForm = format === 'UPC-E' ? upcA : format === 'other' ? null : digits;
  const value: NormalizedGtin = {
    digits,
    format,
    checkDigitValid,
    gtin14: checkDigitValid && gtinForm !== null ? gtinForm.padStart(14, '0') : null,
    upcA,
    restrictedCirculation: isRestricted(digits, format),
    lookupKeys: gtinLookupKeys(digits),
  };
  return { ok: true, value };
}
