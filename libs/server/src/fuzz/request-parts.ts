import { Operation, Schema, deref, sample, typeOf } from './openapi-operations';
import { toJsonText, withKey } from './hostile-values';

/** One request the fuzzer sends, and whether the contract forbids it outright. */
export interface FuzzCase {
  /** "body:wrong-type", "query:hostile", … */
  kind: string;
  /** What was changed, for the failure report. */
  detail: string;
  /** Invalid by construction: anything but a 4xx is a defect. */
  mustReject: boolean;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string | Blob;
}

export type Fill = (param: string) => string;
export type Slot = { at: (string | number)[]; schema: Schema };

/** Every value position of a (full) sample body, nested objects and array items included. */
export function slotsOf(schema: Schema, value: unknown, at: (string | number)[] = [], depth = 0): Slot[] {
  const s = deref(schema);
  const here: Slot[] = at.length ? [{ at, schema: s }] : [];
  if (depth > 4) return here;
  if (Array.isArray(value) && s.items)
    return [...here, ...value.flatMap((v, i) => slotsOf(s.items as Schema, v, [...at, i], depth + 1))];
  if (value && typeof value === 'object' && s.properties) {
    const props = s.properties;
    return [
      ...here,
      ...Object.entries(value).flatMap(([k, v]) =>
        props[k] ? slotsOf(props[k], v, [...at, k], depth + 1) : [],
      ),
    ];
  }
  return here;
}

export function setAt(root: unknown, at: (string | number)[], value: unknown): unknown {
  if (!at.length) return value;
  const [head, ...rest] = at;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? setAt(v, rest, value) : v));
  const obj = (root ?? {}) as Record<string, unknown>;
  return withKey(
    Object.fromEntries(Object.entries(obj).filter(([k]) => k !== head)),
    String(head),
    setAt(obj[head as string], rest, value),
  );
}

export function deleteAt(root: unknown, at: (string | number)[]): unknown {
  const [head, ...rest] = at;
  const obj = root as Record<string, unknown>;
  if (!rest.length) return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== head));
  return { ...obj, [head]: deleteAt(obj[head as string], rest) };
}

export const label = (at: (string | number)[]) => at.map(String).join('.') || '(body)';
export const show = (v: unknown) =>
  typeof v === 'string' && v.length > 40
    ? `${JSON.stringify(v.slice(0, 20))}…(${v.length} chars)`
    : toJsonText(v).slice(0, 60);

/** Required properties at any depth (objects reached through required properties or full samples). */
export function requiredPaths(
  schema: Schema,
  at: (string | number)[] = [],
  depth = 0,
): (string | number)[][] {
  const s = deref(schema);
  if (!s.properties || depth > 3) return [];
  return (s.required ?? []).flatMap((k) => [
    [...at, k],
    ...requiredPaths(s.properties?.[k] ?? {}, [...at, k], depth + 1),
  ]);
}

/** Objects in the body that forbid unknown keys (every DTO here does), as paths. */
export function objectPaths(slots: Slot[]): (string | number)[][] {
  return [
    [],
    ...slots
      .filter(
        (s) =>
          typeOf(s.schema).type === 'object' &&
          s.schema.properties &&
          s.schema.additionalProperties === undefined,
      )
      .map((s) => s.at),
  ];
}

export interface CaseContext {
  op: Operation;
  fill: Fill;
}

/** The well-formed parts of a request, each case then breaks one of them. */
export function baseRequest({ op, fill }: CaseContext): {
  path: (bad?: [string, string]) => string;
  query: string;
  headers: Record<string, string>;
} {
  const path = (bad?: [string, string]) =>
    op.template.replace(/\{(\w+)\}/g, (_, n: string) => (bad && n === bad[0] ? bad[1] : enc(fill(n))));
  const query = op.query
    .filter((p) => p.required)
    .map((p) => `${p.name}=${enc(String(sample(p.schema)))}`)
    .join('&');
  return { path, query, headers: {} };
}

export const JSON_TYPE = { 'content-type': 'application/json' };
/** encodeURIComponent, but a lone surrogate is sent as its (invalid) UTF-8 bytes instead of throwing. */
export function enc(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return [...v]
      .map((ch) => {
        const c = ch.charCodeAt(0);
        if (ch.length > 1 || c < 0xd800 || c > 0xdfff) return encodeURIComponent(ch);
        return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
          .map((b) => `%${b.toString(16).toUpperCase()}`)
          .join('');
      })
      .join('');
  }
}
