import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';

/*
 * Property: whatever malformed input reaches whichever route of the OpenAPI document, the answer
 * is never a 5xx. For every operation the probes are: a NUL byte in each path parameter and each
 * query parameter, an undecodable (lone-surrogate) escape in each query parameter, malformed
 * paging cursors, and for JSON bodies — a sample body built from the schema with every string
 * NUL'd, with every string a lone UTF-16 surrogate, `null` in each optional field (one at a
 * time, one nesting level deep), an array in each object-typed field, an array as the whole
 * body, and 5,000 levels of nesting; multipart routes get a body without a boundary and a
 * truncated one. One app, a handful of requests per route.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  minItems?: number;
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  example?: unknown;
};
type Operation = {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const doc = JSON.parse(readFileSync(resolve(__dirname, '../../contracts/openapi.json'), 'utf8')) as Doc;

/** Routes that end the session or the account when a probe happens to be valid. */
const SKIP = new Set(['DELETE /api/v1/me', 'POST /api/v1/auth/logout', 'POST /api/v1/auth/password/change']);
const NUL = 'a\u0000b';
const SURROGATE = '\ud800x';
const BAD_CURSORS = ['NaN', '-1', '%%%', Buffer.from('x|y').toString('base64url'), Buffer.from('2026-01-01T00:00:00.000Z|not-a-uuid').toString('base64url')];

function deref(s: Schema | undefined, depth = 0): Schema {
  if (!s || depth > 8) return {};
  if (s.$ref) return deref(doc.components.schemas[s.$ref.split('/').pop() ?? ''], depth + 1);
  if (s.allOf?.length) return deref(s.allOf[0], depth + 1);
  if (s.oneOf?.length) return deref(s.oneOf[0], depth + 1);
  if (s.anyOf?.length) return deref(s.anyOf[0], depth + 1);
  return s;
}

/** A plausible value for a schema: required properties only, the first enum value, formats honoured. */
function sample(schema: Schema | undefined, depth = 0): unknown {
  const s = deref(schema);
  if (s.enum?.length) return s.enum[0];
  if (s.example !== undefined && typeof s.example !== 'object') return s.example;
  switch (s.type) {
    case 'string':
      return s.format === 'date' ? '2026-01-15' : s.format === 'date-time' ? '2026-01-15T08:00:00.000Z' : s.format === 'uuid' ? randomUUID() : s.format === 'email' ? 'probe@example.test' : 'probe';
    case 'number':
    case 'integer':
      return s.minimum !== undefined && s.minimum > 1 ? s.minimum : 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 4 ? [] : Array.from({ length: s.minItems ?? 0 }, () => sample(s.items, depth + 1));
    default: {
      if (!s.properties || depth > 4) return {};
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = sample(s.properties[key], depth + 1);
      return out;
    }
  }
}

function mapStrings(value: unknown, to: string): unknown {
  if (typeof value === 'string') return to;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, to));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, to)]));
  return value;
}

interface Probe {
  label: string;
  path: string;
  query?: string;
  body?: string;
  contentType?: string;
}

/** The probes of one operation; `fill` gives each path parameter a well-formed value. */
function probesFor(template: string, op: Operation, fill: (name: string) => string): Probe[] {
  const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const path = (bad?: string) => template.replace(/\{(\w+)\}/g, (_, n: string) => (n === bad ? encodeURIComponent(NUL) : encodeURIComponent(fill(n))));
  const probes: Probe[] = params.map((p) => ({ label: `NUL in path {${p}}`, path: path(p) }));
  for (const q of (op.parameters ?? []).filter((p) => p.in === 'query')) {
    probes.push({ label: `NUL in ?${q.name}`, path: path(), query: `${q.name}=${encodeURIComponent(NUL)}` });
    probes.push({ label: `lone surrogate in ?${q.name}`, path: path(), query: `${q.name}=%ED%A0%80` });
    if (q.name === 'cursor') for (const c of BAD_CURSORS) probes.push({ label: `cursor=${c}`, path: path(), query: `cursor=${c}` });
  }
  const content = op.requestBody?.content ?? {};
  if (content['application/json']) {
    const schema = deref(content['application/json'].schema);
    const base = sample(schema) as Record<string, unknown>;
    const json = (body: unknown, label: string): Probe => ({ label, path: path(), body: JSON.stringify(body), contentType: 'application/json' });
    const full = { ...base };
    for (const [k, v] of Object.entries(schema.properties ?? {})) if (!(k in full)) full[k] = sample(v);
    probes.push(json(mapStrings(full, NUL), 'NUL in every string'));
    probes.push(json(mapStrings(full, SURROGATE), 'lone surrogate in every string'));
    for (const [key, prop] of Object.entries(schema.properties ?? {})) {
      if (!(schema.required ?? []).includes(key)) probes.push(json({ ...base, [key]: null }, `${key}: null`));
      const inner = deref(prop);
      if (inner.type === 'object' || inner.properties) {
        probes.push(json({ ...base, [key]: [] }, `${key}: []`));
        for (const sub of Object.keys(inner.properties ?? {}).filter((k) => !(inner.required ?? []).includes(k)).slice(0, 4)) {
          probes.push(json({ ...base, [key]: { ...(sample(inner) as object), [sub]: null } }, `${key}.${sub}: null`));
        }
      }
    }
    probes.push(json([], 'array as the body'));
    probes.push({ label: 'nested 5,000 deep', path: path(), body: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: 'application/json' });
    probes.push({ label: 'object nested 5,000 deep', path: path(), body: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`, contentType: 'application/json' });
  }
  if (content['multipart/form-data']) {
    const part = '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="x.xml"\r\nContent-Type: text/xml\r\n\r\n<Health';
    probes.push({ label: 'multipart without boundary', path: path(), body: `${part}\r\n--b0undary--\r\n`, contentType: 'multipart/form-data' });
    probes.push({ label: 'truncated multipart', path: path(), body: part, contentType: 'multipart/form-data; boundary=b0undary' });
  }
  return probes;
}

describe('malformed input never gets a 5xx (every OpenAPI route)', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t, { roles: ['admin', 'coach'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers every probe with a 4xx or a success, never a 5xx, and always problem+json on 4xx', async () => {
    const fill = (name: string): string => (name === 'userId' ? user.id : name === 'barcode' ? '3017620422003' : name === 'role' ? 'coach' : name === 'provider' ? 'none' : randomUUID());
    const failures: string[] = [];
    let sent = 0;
    for (const [template, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const route = `${method.toUpperCase()} ${template}`;
        if (SKIP.has(route)) continue;
        for (const probe of probesFor(template, op, fill)) {
          const headers: Record<string, string> = { ...user.auth };
          if (probe.contentType) headers['content-type'] = probe.contentType;
          const res = await fetch(`${t.url}${probe.path}${probe.query ? `?${probe.query}` : ''}`, {
            method: method.toUpperCase(),
            headers,
            body: probe.body,
            redirect: 'manual',
          });
          const text = await res.text();
          sent++;
          const type = res.headers.get('content-type') ?? '';
          if (res.status >= 500) failures.push(`${route} [${probe.label}] → ${res.status} ${text.slice(0, 160)}`);
          else if (res.status >= 400 && !type.startsWith('application/problem+json')) failures.push(`${route} [${probe.label}] → ${res.status} as ${type}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(500);
    expect(failures).toEqual([]);
    // The sweep ran signed in throughout (no probe ended the session half-way).
    expect((await fetch(`${t.url}/api/v1/me`, { headers: user.auth })).status).toBe(200);
  }, 240_000);
});
