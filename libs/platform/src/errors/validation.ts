import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

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

/** Whitelisting pipe: unknown properties are rejected, every failure listed with its path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new InputValidationException(flatten(errors)),
  });
}
