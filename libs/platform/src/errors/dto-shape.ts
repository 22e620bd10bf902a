/**
 * Shape rules every body DTO obeys, checked in one place (the global validation pipe) after
 * class-validator has run, because `@IsOptional()` lets `null` and `@ValidateNested()` lets an
 * array through where one object is declared:
 * - `null` is accepted only where the contract says so (`nullable: true` in the property's
 *   OpenAPI metadata); elsewhere it would reach a NOT NULL column or a `.field` read;
 * - an array is accepted only where the property is declared as an array (`design:type`).
 */
export interface ShapeProblem {
  path: string;
  message: string;
}

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
const MAX_DEPTH = 32;

function isDtoInstance(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' && ctor !== Object;
}

type PropertyMeta = { nullable?: boolean; isArray?: boolean } | undefined;
const metaOf = (proto: object, key: string) => Reflect.getMetadata(SWAGGER_PROPERTY, proto, key) as PropertyMeta;

function nullable(proto: object, key: string): boolean {
  return metaOf(proto, key)?.nullable === true;
}

/** Declared as an array in the contract or by its TypeScript type (`T[] | null` reflects as Object). */
function arrayDeclared(proto: object, key: string, declared: unknown): boolean {
  return declared === undefined || declared === Array || metaOf(proto, key)?.isArray === true;
}

export function findShapeProblems(value: unknown, path = '', depth = 0): ShapeProblem[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findShapeProblems(v, `${path}[${i}]`, depth + 1));
  if (!isDtoInstance(value)) return [];
  const proto = Object.getPrototypeOf(value) as object;
  const problems: ShapeProblem[] = [];
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (child === null) {
      if (!nullable(proto, key)) problems.push({ path: at, message: `${key} must not be null` });
      continue;
    }
    const declared = Reflect.getMetadata('design:type', proto, key) as unknown;
    if (Array.isArray(child) && !arrayDeclared(proto, key, declared)) {
      problems.push({ path: at, message: `${key} must be ${declared === Object ? 'an object' : 'a single value'}, not an array` });
      continue;
    }
    problems.push(...findShapeProblems(child, at, depth + 1));
  }
  return problems;
}
