import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { findShapeProblems } from './dto-shape';

export class InputValidationException extends BadRequestException {
  constructor(readonly errors: { path: string; message: string }[]) {
    super('Validation failed');
  }
}

function flatten(errors: ValidationError[], parent = ''): { path: string; message: string }[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/**
 * Most GET requests carry no query string, yet the stock pipe builds and validates the query
 * DTO every time (a tenth of a cached product lookup's CPU). Validating `{}` against a class
 * gives the same answer every time — the rules are static metadata — so after the first pass
 * an empty query only gets its instance. A DTO that rejects `{}` keeps throwing as before,
 * since only a successful pass is remembered.
 */
class WhitelistValidationPipe extends ValidationPipe {
  private readonly emptyQueryValid = new WeakSet<object>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    if (metadata.type !== 'query' || !metatype || !isEmptyObject(value) || !this.toValidate(metadata)) {
      const result: unknown = await super.transform(value, metadata);
      if (metadata.type === 'body') {
        const problems = findShapeProblems(result);
        if (problems.length) throw new InputValidationException(problems);
      }
      return result;
    }
    if (this.emptyQueryValid.has(metatype)) return plainToInstance(metatype, {}, this.transformOptions);
    const result: unknown = await super.transform(value, metadata);
    this.emptyQueryValid.add(metatype);
    return result;
  }
}

/** Whitelisting pipe: unknown properties are rejected, every failure listed with its path. */
export function createValidationPipe(): ValidationPipe {
  return new WhitelistValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new InputValidationException(flatten(errors)),
  });
}
