import apiLimits from 'virtual:api-limits';
import { ApiError } from './problem';

/** What the API accepts for one field, as its OpenAPI schema states it. */
export interface Limit {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: 'email';
}

/** A failed check: a `validation.*` message key and its values, translated where shown. */
export interface Invalid {
  key: 'required' | 'number' | 'min' | 'max' | 'minLength' | 'maxLength' | 'email' | 'invalid';
  values?: Record<string, number | string>;
  /** The API's own words, for a message the table below does not know (it writes English). */
  message?: string;
}

/** The limit of `schema.field` ("CreateActivityDto", "durationMin"); empty when the API sets none. */
export function limitOf(schema: string, field: string): Limit {
  return apiLimits[schema]?.[field] ?? {};
}

/** Attributes for the input: the browser's own hints (spinner bounds, max length). */
export function inputLimits(limit: Limit): { min?: number; max?: number; minLength?: number; maxLength?: number } {
  return {
    min: limit.minimum ?? limit.exclusiveMinimum,
    max: limit.maximum ?? limit.exclusiveMaximum,
    minLength: limit.minLength,
    maxLength: limit.maxLength,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks what the user typed against the API's limit; null when the API would accept it. */
export function check(limit: Limit, raw: string, kind: 'number' | 'text', required = true): Invalid | null {
  const text = raw.trim();
  if (text === '') return required ? { key: 'required' } : null;
  if (kind === 'number') {
    const n = Number(text.replace(',', '.'));
    if (!Number.isFinite(n)) return { key: 'number' };
    if (limit.minimum !== undefined && n < limit.minimum) return { key: 'min', values: { min: limit.minimum } };
    if (limit.exclusiveMinimum !== undefined && n <= limit.exclusiveMinimum) return { key: 'min', values: { min: limit.exclusiveMinimum } };
    if (limit.maximum !== undefined && n > limit.maximum) return { key: 'max', values: { max: limit.maximum } };
    if (limit.exclusiveMaximum !== undefined && n >= limit.exclusiveMaximum) return { key: 'max', values: { max: limit.exclusiveMaximum } };
    return null;
  }
  if (limit.minLength !== undefined && text.length < limit.minLength) return { key: 'minLength', values: { min: limit.minLength } };
  if (limit.maxLength !== undefined && text.length > limit.maxLength) return { key: 'maxLength', values: { max: limit.maxLength } };
  if (limit.format === 'email' && !EMAIL.test(text)) return { key: 'email' };
  return null;
}

/** class-validator's English messages, recognised so they can be said in the user's language. */
const SERVER_MESSAGES: [RegExp, (m: RegExpExecArray) => Invalid][] = [
  [/must be an email/, () => ({ key: 'email' })],
  [/must not be greater than (-?[\d.]+)/, (m) => ({ key: 'max', values: { max: Number(m[1]) } })],
  [/must not be less than (-?[\d.]+)/, (m) => ({ key: 'min', values: { min: Number(m[1]) } })],
  [/must be longer than or equal to (\d+)/, (m) => ({ key: 'minLength', values: { min: Number(m[1]) } })],
  [/must be shorter than or equal to (\d+)/, (m) => ({ key: 'maxLength', values: { max: Number(m[1]) } })],
  [/should not be empty|must be defined/, () => ({ key: 'required' })],
  [/must be a number/, () => ({ key: 'number' })],
];

/**
 * The field-level `errors` of a problem+json answer, keyed by path, as checks the form can
 * translate. A message the table does not know becomes "invalid" (still beside its field).
 */
export function serverFieldErrors(error: unknown): Record<string, Invalid> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, Invalid> = {};
  for (const e of error.problem.errors ?? []) {
    if (out[e.path]) continue;
    const known = SERVER_MESSAGES.find(([re]) => re.test(e.message));
    out[e.path] = known ? known[1](known[0].exec(e.message)!) : { key: 'invalid', message: e.message };
  }
  return out;
}
