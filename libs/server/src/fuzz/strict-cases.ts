import fc from 'fast-check';
import { Parameter, deref, sample, typeOf } from './openapi-operations';
import {
  RawJson,
  anyJson,
  brokenText,
  hostileKey,
  hostileParamText,
  notJsonNumber,
  operatorObject,
  operatorText,
  toJsonText,
  withKey,
  wrongTypeFor,
} from './hostile-values';
import {
  CaseContext,
  FuzzCase,
  JSON_TYPE,
  baseRequest,
  deleteAt,
  enc,
  label,
  objectPaths,
  requiredPaths,
  setAt,
  show,
  slotsOf,
} from './request-parts';

const NUL = 'a\u0000b';

/** The value with every string replaced by `to` (a string, or an operator object). */
function mapStrings(value: unknown, to: unknown): unknown {
  if (typeof value === 'string') return to;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, to)]));
  }
  return value;
}

/** Query values a declared parameter's schema refuses (enum, format, numeric range), or none. */
function invalidQueryValues(p: Parameter): fc.Arbitrary<string> | null {
  const s = deref(p.schema);
  if (p.name === 'cursor')
    return fc.constantFrom(
      'NaN',
      '-1',
      '%%%',
      Buffer.from('x|y').toString('base64url'),
      Buffer.from('2026-01-01T00:00:00.000Z|not-a-uuid').toString('base64url'),
      '\u0000',
    );
  if (s.enum) return hostileParamText.filter((v) => !s.enum?.includes(v) && v !== '');
  if (s.format === 'uuid' || s.format === 'date' || s.format === 'email')
    return fc.oneof(
      operatorText,
      brokenText,
      fc.constantFrom('2026-02-30', '-1', 'x', '1e999', '{}', 'a@', '00000000-0000-0000-0000-00000000000g'),
    );
  const { type } = typeOf(s);
  if (type === 'number' || type === 'integer') {
    const bad = ['abc', 'NaN', 'Infinity', '-Infinity', '1e999', '{"$gt":0}'];
    if (s.minimum !== undefined) bad.push(String(s.minimum - 1), '-1e9');
    if (s.maximum !== undefined) bad.push(String(s.maximum + 1), '1e9');
    return fc.constantFrom(...bad);
  }
  return null;
}

/** Cases that no contract-abiding server may accept: the result must be a 4xx. */
export function strictCases(ctx: CaseContext): fc.Arbitrary<FuzzCase>[] {
  const { op } = ctx;
  const base = baseRequest(ctx);
  const out: fc.Arbitrary<FuzzCase>[] = [];
  const make = (kind: string, detail: string, part: Partial<FuzzCase>): FuzzCase => ({
    kind,
    detail,
    mustReject: true,
    path: base.path(),
    query: base.query,
    headers: {},
    ...part,
  });
  const bodyOk = op.body?.kind === 'json' ? toJsonText(sample(op.body.schema)) : undefined;
  const withBody = (): Partial<FuzzCase> =>
    bodyOk !== undefined ? { body: bodyOk, headers: JSON_TYPE } : {};

  for (const name of op.pathParams) {
    out.push(
      fc
        .oneof(
          operatorText,
          brokenText,
          fc.constantFrom('__proto__', 'constructor', '-1', 'NaN', 'null', '{}', '%2e%2e'),
          fc
            .string({ minLength: 1, maxLength: 12 })
            .filter((v) => !/^\d{8,14}$/.test(v) && !/^\.{1,2}$/.test(v)),
        )
        .map((v) =>
          make('path:hostile', `{${name}} = ${show(v)}`, { ...withBody(), path: base.path([name, enc(v)]) }),
        ),
      // Text no parameter accepts, so every route is probed with it on every run.
      fc.constant(
        make('path:nul', `{${name}} with a NUL`, { ...withBody(), path: base.path([name, enc(NUL)]) }),
      ),
    );
  }
  for (const p of op.query) {
    out.push(
      // (A lone surrogate cannot reach the server in a URL: its bytes decode as U+FFFD, valid text.)
      fc.constant(NUL).map((v) =>
        make('query:nul', `${p.name}=${show(v)}`, {
          ...withBody(),
          query: [base.query, `${p.name}=${enc(v)}`].filter(Boolean).join('&'),
        }),
      ),
    );
    const bad = invalidQueryValues(p);
    if (bad)
      out.push(
        bad.map((v) =>
          make('query:invalid', `${p.name}=${show(v)}`, {
            ...withBody(),
            query: [base.query, `${p.name}=${enc(v)}`].filter(Boolean).join('&'),
          }),
        ),
      );
    if (p.name !== 'cursor')
      out.push(
        fc.constant(
          make('query:duplicate', `${p.name} twice`, {
            ...withBody(),
            query: [base.query, `${p.name}=a&${p.name}=b`].filter(Boolean).join('&'),
          }),
        ),
      );
  }
  if (op.method !== 'GET') out.push(...strictBodyCases(ctx, make));
  return out;
}

type Make = (kind: string, detail: string, part: Partial<FuzzCase>) => FuzzCase;

function strictBodyCases({ op }: CaseContext, make: Make): fc.Arbitrary<FuzzCase>[] {
  const out: fc.Arbitrary<FuzzCase>[] = [];
  const json = (kind: string, detail: string, body: string, headers: Record<string, string> = JSON_TYPE) =>
    make(kind, detail, { body, headers });
  // Malformed JSON and content types no route parses: refused before any handler, body or not.
  out.push(
    fc
      .constantFrom(
        '{',
        '{"a":}',
        "{'a':1}",
        '{"a":1,}',
        '[1,2',
        'nul',
        '{"a":NaN}',
        '\u0000',
        '{"a":"\\ud800"}x',
      )
      .map((b) => json('body:malformed-json', show(b), b)),
    fc
      .constantFrom(
        'application/xml',
        'application/x-www-form-urlencoded',
        'text/plain',
        'image/png',
        'application/json-patch+json',
      )
      .map((t) => json('body:content-type', t, '<a>1</a>', { 'content-type': t })),
  );
  if (op.body?.kind === 'multipart') {
    const part = `--b0undary\r\nContent-Disposition: form-data; name="${op.body.field}"; filename="x.bin"\r\nContent-Type: image/png\r\n\r\n\x89PNG`;
    out.push(
      fc.constant(
        json('multipart:no-boundary', 'boundary missing', `${part}\r\n--b0undary--\r\n`, {
          'content-type': 'multipart/form-data',
        }),
      ),
      fc.constant(
        json('multipart:truncated', 'cut before the closing boundary', part, {
          'content-type': 'multipart/form-data; boundary=b0undary',
        }),
      ),
      fc.constant(
        json('multipart:empty', 'no parts', '--b0undary--\r\n', {
          'content-type': 'multipart/form-data; boundary=b0undary',
        }),
      ),
      fc.constant(json('multipart:as-json', 'JSON instead of a form', '{"file":"x"}')),
    );
    return out;
  }
  if (op.body?.kind !== 'json') return out;
  const schema = op.body.schema;
  const minimal = sample(schema) as Record<string, unknown>;
  const full = sample(schema, true) as Record<string, unknown>;
  const slots = slotsOf(schema, full);
  const send = (kind: string, detail: string, body: unknown) => json(kind, detail, toJsonText(body));

  out.push(
    fc
      .constantFrom<unknown>([], [full], 'text', 7, true)
      .map((b) => send('body:shape', `body = ${show(b)}`, b)),
    fc
      .constantFrom(5_000, 40)
      .map((n) => json('body:deep', `nested ${n} deep`, `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`)),
    fc.constant(
      json('body:text-plain', 'JSON sent as text/plain', toJsonText(full), { 'content-type': 'text/plain' }),
    ),
  );
  const required = requiredPaths(schema);
  if (required.length)
    out.push(
      fc
        .constantFrom(...required)
        .map((at) =>
          send('body:missing-required', `without ${label(at)}`, deleteAt(sample(schema, true), at)),
        ),
    );
  const objects = objectPaths(slots);
  out.push(
    fc.tuple(fc.constantFrom(...objects), hostileKey, anyJson).map(([at, key, value]) => {
      const inner = at.length ? slots.find((s) => label(s.at) === label(at)) : { schema };
      if (inner?.schema.properties?.[key]) key = `${key}_extra`;
      const target = at.reduce<unknown>(
        (o, k) => (o as Record<string, unknown>)[k as string],
        full,
      ) as Record<string, unknown>;
      return send(
        'body:extra-key',
        `${label([...at, key])} = ${show(value)}`,
        setAt(full, at, withKey(target, key, value)),
      );
    }),
  );
  if (!slots.length) {
    out.push(fc.constant(send('body:unknown-key', 'a key the DTO lacks', withKey(minimal, 'unexpected', 1))));
    return out;
  }
  out.push(
    fc.constantFrom(...slots).chain((slot) => {
      const { type, nullable } = typeOf(slot.schema);
      const wrong = slot.schema.enum
        ? fc.oneof(wrongTypeFor(type), fc.constant('not-one-of-the-values'))
        : wrongTypeFor(type);
      return fc
        .oneof(wrong, nullable ? fc.constant(undefined) : fc.constant(null))
        .filter((v) => v !== undefined)
        .map((v) => send('body:wrong-type', `${label(slot.at)} = ${show(v)}`, setAt(full, slot.at, v)));
    }),
  );
  const strings = slots.filter((s) => typeOf(s.schema).type === 'string' && !s.schema.enum);
  if (strings.length) {
    out.push(
      fc
        .constantFrom(NUL, '\ud800x')
        .map((v) => send('body:broken-everywhere', `every string = ${show(v)}`, mapStrings(full, v))),
      operatorObject.map((v) =>
        send('body:operator-everywhere', `every string = ${show(v)}`, mapStrings(full, v)),
      ),
      fc
        .tuple(fc.constantFrom(...strings), operatorObject)
        .map(([slot, v]) => send('body:operator', `${label(slot.at)} = ${show(v)}`, setAt(full, slot.at, v))),
      fc
        .tuple(fc.constantFrom(...strings), brokenText)
        .map(([slot, v]) =>
          send('body:broken-text', `${label(slot.at)} = ${show(v)}`, setAt(full, slot.at, v)),
        ),
    );
  }
  const numbers = slots.filter((s) => ['number', 'integer'].includes(typeOf(s.schema).type));
  if (numbers.length) {
    out.push(
      fc
        .tuple(fc.constantFrom(...numbers), notJsonNumber)
        .map(([slot, v]) =>
          send('body:not-json-number', `${label(slot.at)} = ${v.text}`, setAt(full, slot.at, v)),
        ),
    );
    const ranged = numbers.filter((s) => s.schema.minimum !== undefined || s.schema.maximum !== undefined);
    if (ranged.length) {
      out.push(
        fc
          .tuple(fc.constantFrom(...ranged), fc.constantFrom(new RawJson('1e999'), new RawJson('-1e999')))
          .map(([slot, v]) =>
            send('body:infinite', `${label(slot.at)} = ${v.text}`, setAt(full, slot.at, v)),
          ),
        fc.constantFrom(...ranged).map((slot) => {
          const v =
            slot.schema.minimum !== undefined ? slot.schema.minimum - 1 : (slot.schema.maximum as number) + 1;
          return send('body:out-of-range', `${label(slot.at)} = ${v}`, setAt(full, slot.at, v));
        }),
      );
    }
  }
  return out;
}
