import type { Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { API_RESPONSE, controllersOf, routeHandlersOf } from './route-handlers';

// @nestjs/swagger's metadata keys (its DECORATORS constants).
const API_EXTRA_MODELS = 'swagger/apiExtraModels';
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';
const API_SCHEMA = 'swagger/apiSchema';

const BUILT_IN = new Set<unknown>([String, Number, Boolean, Object, Array, Date, Promise, Buffer, Function]);
type Class = Type<unknown>;

/** `type: () => Dto` as @nestjs/swagger recognises it: a function literally named `type`. */
const isLazy = (t: unknown): t is () => unknown => typeof t === 'function' && t.name === 'type';

function classesIn(t: unknown): Class[] {
  if (isLazy(t)) return classesIn(t());
  if (Array.isArray(t)) return t.flatMap(classesIn);
  return typeof t === 'function' && !BUILT_IN.has(t) ? [t as Class] : [];
}

/** The name a DTO class gets in components.schemas: its @ApiSchema name, or its class name. */
export function schemaName(c: Class): string {
  const own = (Reflect.getOwnMetadata(API_SCHEMA, c) as { name?: string }[] | undefined) ?? [];
  return own[own.length - 1]?.name ?? c.name;
}

/**
 * Every class that the routes of these controllers put into the OpenAPI document (request
 * bodies and query/path DTOs, declared responses, extra models, and everything they reference
 * through @ApiProperty), with the schema name each gets.
 */
export function contractSchemas(modules: ModulesContainer): Map<Class, string> {
  const seen = new Map<Class, string>();
  const visit = (c: Class): void => {
    if (seen.has(c)) return;
    seen.set(c, schemaName(c));
    const proto = c.prototype as object;
    const props = (Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, proto) as string[] | undefined) ?? [];
    for (const key of props) {
      const name = key.replace(/^:/, '');
      const meta = Reflect.getMetadata(API_MODEL_PROPERTIES, proto, name) as { type?: unknown } | undefined;
      // Without an explicit `type`, swagger reads the property's design type.
      classesIn(meta?.type ?? Reflect.getMetadata('design:type', proto, name)).forEach(visit);
    }
    for (const extra of (Reflect.getMetadata(API_EXTRA_MODELS, c) as unknown[] | undefined) ?? []) classesIn(extra).forEach(visit);
  };
  for (const controller of controllersOf(modules)) {
    for (const extra of (Reflect.getMetadata(API_EXTRA_MODELS, controller) as unknown[] | undefined) ?? []) classesIn(extra).forEach(visit);
    for (const { name, handler } of routeHandlersOf(controller)) {
      const params = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, name) as unknown[] | undefined) ?? [];
      params.flatMap(classesIn).forEach(visit);
      const responses = (Reflect.getMetadata(API_RESPONSE, handler) as Record<string, { type?: unknown }> | undefined) ?? {};
      for (const r of Object.values(responses)) classesIn(r.type).forEach(visit);
      for (const extra of (Reflect.getMetadata(API_EXTRA_MODELS, handler) as unknown[] | undefined) ?? []) classesIn(extra).forEach(visit);
    }
  }
  return seen;
}

/**
 * Schema names shared by two classes: they collapse into one schema and the generated client
 * then lies about one of them. `npm run openapi` refuses to write such a document.
 */
export function schemaNameClashes(modules: ModulesContainer): { name: string; classes: string[] }[] {
  const byName = new Map<string, Class[]>();
  for (const [c, name] of contractSchemas(modules)) byName.set(name, [...(byName.get(name) ?? []), c]);
  return [...byName]
    .filter(([, classes]) => classes.length > 1)
    .map(([name, classes]) => ({ name, classes: classes.map((c) => c.name) }));
}
