import fc from 'fast-check';

/**
 * A literal written into the JSON text as is: `NaN`, `Infinity` (not JSON at all) or `1e999`
 * (valid JSON that parses to Infinity). JSON.stringify would turn the numbers into `null`.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON.stringify that writes RawJson values verbatim and keeps own `__proto__` keys. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An object with an own (not inherited) key, `__proto__` included. */
export function withKey(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(target))
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** MongoDB query operators, as a client would smuggle them into a string slot. */
export const operatorObject: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom<Record<string, unknown>>(
  { $gt: '' },
  { $ne: null },
  { $regex: '.*' },
  { $where: 'sleep(100) || true' },
  { $in: ['a', 'b'] },
  { $exists: true },
  { $expr: { $eq: [1, 1] } },
);

/** The same operators as text: a path parameter or query value that looks like a filter. */
export const operatorText = operatorObject.map((o) => JSON.stringify(o));

/** Keys that must never bind to anything: prototype pollution and operator keys, privilege fields. */
export const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  '$where',
  '$gt',
  'roles',
  'isAdmin',
  'status',
  'userId',
  'password_hash',
  'x'.repeat(300),
);

/** Text no field accepts: NUL, lone surrogates. */
export const brokenText = fc.constantFrom('a\u0000b', '\u0000', '\ud800x', 'x\udfff', 'ok\u0000--');

/** Valid but unusual Unicode: RTL override, zero-width, combining marks, astral plane, BOM. */
export const oddUnicode = fc.oneof(
  fc.constantFrom(
    '\u202eevil\u202c',
    'a\u200bb',
    'Z\u0351\u0352\u0353\u0354\u0355',
    '\ud83d\udca9\ud83c\udf54',
    '\ufeffbom',
    'ﬀ\u00df\u0130',
    '<script>alert(1)</script>',
    "' OR '1'='1",
    '../../etc/passwd',
    '%00',
    '${7*7}',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);

/** Long strings: past any field's limit but under the JSON body limit. */
export const hugeText = fc
  .tuple(fc.constantFrom('x', 'é', '\ud83d\ude00', 'ab '), fc.integer({ min: 20_000, max: 120_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

/** Numbers that break ranges or are not finite. */
export const hostileNumber = fc.oneof(
  fc.constantFrom<unknown>(
    -1,
    -0.5,
    -1e9,
    -Number.MAX_VALUE,
    Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    1e21,
    5e-324,
  ),
  fc.constantFrom<unknown>(new RawJson('1e999'), new RawJson('-1e999')),
  fc.double({ min: -1e12, max: -1e-6, noNaN: true }),
);

/** Not JSON at all: NaN, Infinity, hexadecimal. The parser must refuse them. */
export const notJsonNumber = fc.constantFrom(
  new RawJson('NaN'),
  new RawJson('Infinity'),
  new RawJson('-Infinity'),
  new RawJson('0x10'),
  new RawJson('+1'),
  new RawJson('.5'),
);

/** A value of any JSON type, for the wrong-type and extra-key cases. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, '', 'x', [], {}, [null], { a: 1 }),
  operatorObject,
  fc.jsonValue({ maxDepth: 2 }),
);

/** A value whose JSON type differs from `type` (and is not null, which nullable slots accept). */
export function wrongTypeFor(type: string): fc.Arbitrary<unknown> {
  const pool: Record<string, unknown[]> = {
    string: [0, 1.5, -7, true, false, [], ['x'], {}, { a: 'b' }],
    number: ['1', '', 'NaN', true, [], [1], {}, { $gt: 0 }],
    integer: ['1', 1.5, true, [], {}],
    boolean: ['true', 'false', 0, 1, [], {}, 'yes'],
    array: ['x', 1, true, {}, { 0: 'a', length: 1 }],
    object: ['x', 1, true, [], [{}]],
  };
  return fc.constantFrom(...(pool[type] ?? pool.object));
}

/** Hostile text for a path parameter or a query value (before URL encoding). */
export const hostileParamText = fc.oneof(
  operatorText,
  brokenText,
  oddUnicode,
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '0x1F',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    '..',
    '%',
    '%zz',
    '9'.repeat(80),
    '2026-02-30',
    '0000-00-00',
    '+275760-09-13',
    '1970-01-01T00:00:00Z',
  ),
  fc.string({ maxLength: 24 }),
);
