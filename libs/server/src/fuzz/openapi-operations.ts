import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The parts of an OpenAPI 3.1 schema the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  example?: unknown;
}

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

/** One operation of the contract, with what the fuzzer needs to address it. */
export interface Operation {
  /** "POST /api/v1/diary/entries" */
  id: string;
  method: string;
  template: string;
  pathParams: string[];
  query: Parameter[];
  headers: Parameter[];
  /** The request body's kind, if the operation takes one. */
  body?: { kind: 'json'; schema: Schema } | { kind: 'multipart'; field: string };
}

interface Doc {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

export const OPENAPI_PATH = resolve(__dirname, '../../../contracts/openapi.json');
const doc = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Doc;

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

/** Every operation of libs/contracts/openapi.json, in document order. */
export function contractOperations(): Operation[] {
  const out: Operation[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!METHODS.has(method)) continue;
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      let body: Operation['body'];
      if (content['application/json'])
        body = { kind: 'json', schema: deref(content['application/json'].schema) };
      else if (content['multipart/form-data']) {
        const props = Object.keys(deref(content['multipart/form-data'].schema).properties ?? {});
        body = { kind: 'multipart', field: props[0] ?? 'file' };
      }
      out.push({
        id: `${method.toUpperCase()} ${template}`,
        method: method.toUpperCase(),
        template,
        pathParams: [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
        query: params.filter((p) => p.in === 'query'),
        headers: params.filter((p) => p.in === 'header'),
        body,
      });
    }
  }
  return out;
}

/** Follows $ref and takes the first branch of allOf/oneOf/anyOf (skipping a bare `null`). */
export function deref(s: Schema | undefined, depth = 0): Schema {
  if (!s || depth > 8) return {};
  if (s.$ref) return deref(doc.components.schemas[s.$ref.split('/').pop() ?? ''], depth + 1);
  const branches = s.allOf ?? s.oneOf ?? s.anyOf;
  if (branches?.length) {
    const first = branches.find((b) => b.type !== 'null') ?? branches[0];
    const nullable = branches.some((b) => b.type === 'null');
    return { ...deref(first, depth + 1), ...(nullable ? { nullable } : {}) };
  }
  return s;
}

/** The schema's main type ("string" for ["string","null"]) and whether null is allowed. */
export function typeOf(s: Schema): { type: string; nullable: boolean } {
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const main = types.find((t) => t !== 'null') ?? (s.properties ? 'object' : s.items ? 'array' : 'unknown');
  return { type: main, nullable: s.nullable === true || types.includes('null') };
}

/**
 * A plausible value for a schema: the first enum value or example, formats honoured. With
 * `full`, optional properties are filled in too (one value of each, so every slot exists).
 */
export function sample(schema: Schema | undefined, full = false, depth = 0): unknown {
  const s = deref(schema);
  if (s.enum?.length) return s.enum[0];
  if (s.example !== undefined && typeof s.example !== 'object') return s.example;
  switch (typeOf(s).type) {
    case 'string':
      return s.format === 'date'
        ? '2026-01-15'
        : s.format === 'date-time'
          ? '2026-01-15T08:00:00.000Z'
          : s.format === 'uuid'
            ? randomUUID()
            : s.format === 'email'
              ? 'probe@example.test'
              : 'probe';
    case 'number':
    case 'integer':
      return s.minimum !== undefined && s.minimum > 1 ? s.minimum : 1;
    case 'boolean':
      return true;
    case 'array': {
      const n = full ? Math.max(1, s.minItems ?? 0) : (s.minItems ?? 0);
      return depth > 4 ? [] : Array.from({ length: n }, () => sample(s.items, full, depth + 1));
    }
    default: {
      if (!s.properties || depth > 4) return {};
      const out: Record<string, unknown> = {};
      const keys = full ? Object.keys(s.properties) : (s.required ?? []);
      for (const key of keys) out[key] = sample(s.properties[key], full, depth + 1);
      return out;
    }
  }
}
