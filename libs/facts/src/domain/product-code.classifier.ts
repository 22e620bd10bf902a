import { isPlainObject, normalizeGtin, type GtinFormat } from '@welness/nutrition';

export type ClassifiedRecord =
  { code: string; format: GtinFormat; checkDigitValid: boolean } | { reject: string };

const REASONS = {
  empty: 'no usable code',
  'non-digit': 'code is not numeric',
  'too-short': 'code too short (fewer than 8 digits)',
  'too-long': 'code too long (more than 24 digits)',
} as const;

function rawCode(raw: Readonly<Record<string, unknown>>): string | null {
  // Dumps carry both `code` and `_id`; some API payloads only `_id` or `id`.
  for (const field of ['code', '_id', 'id']) {
    const value = raw[field];
    if (typeof value === 'string' && value.trim().length > 0) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  }
  return null;
}

/**
 * Decides whether an OFF record can enter the catalogue and under which code. The code is
 * kept as OFF stores it (digits only, no re-padding) so lookups by OFF's own code still hit.
 */
export function classifyRecord(raw: unknown): ClassifiedRecord {
  if (!isPlainObject(raw)) return { reject: 'not an object' };
  const code = rawCode(raw);
  if (code === null) return { reject: REASONS.empty };
  const parsed = normalizeGtin(code);
  if (!parsed.ok) return { reject: REASONS[parsed.reason] };
  return {
    code: parsed.value.digits,
    format: parsed.value.format,
    checkDigitValid: parsed.value.checkDigitValid,
  };
}
