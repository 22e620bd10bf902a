/**
 * The one rule every piece of client text obeys, wherever it arrives (JSON body, query string,
 * path parameter, object key): no NUL character (PostgreSQL's text type cannot store it, so it
 * surfaced as a 500) and well-formed Unicode (a lone UTF-16 surrogate cannot be encoded as
 * UTF-8 for the database or a mail header). Checked once, globally, before any DTO or handler
 * sees the input, so no field can forget it.
 */
export interface TextProblem {
  path: string;
  message: string;
}

/** Nesting at which input stops being looked at (the JSON parser refuses deeper bodies). */
const MAX_WALK_DEPTH = 64;

/**
 * Names that address an object's prototype machinery. The JSON parser refuses `__proto__`, but
 * class-transformer silently drops `constructor` and `prototype` before the allow-list check,
 * so a body carrying them was accepted as if they were not there.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (no lone surrogate)';
  return null;
}

/** The first string (or key) in `value` that breaks the text rule, with its path. */
export function findTextProblem(value: unknown, path = '', depth = 0): TextProblem | null {
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message ? { path: path || '(value)', message } : null;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_WALK_DEPTH) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findTextProblem(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  // Buffers, streams and class instances (multipart files) are not client text; plain and
  // prototype-less objects (JSON, the query string parser's) are.
  // Judged by the prototype, not by `.constructor`, which a JSON body can set as an own key.
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== null && proto !== Object.prototype && Object.getPrototypeOf(proto) !== null) return null;
  for (const [key, child] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    const keyMessage = textProblem(key) ?? (RESERVED_KEYS.has(key) ? 'must not be __proto__, constructor or prototype' : null);
    if (keyMessage) return { path: keyPath, message: `name ${keyMessage}` };
    const found = findTextProblem(child, keyPath, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Deepest array/object nesting of a JSON text, scanning it once without parsing, so a body
 * nested thousands deep is refused before the parser or anything recursive walks it.
 * Returns early once `limit` is exceeded.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}
