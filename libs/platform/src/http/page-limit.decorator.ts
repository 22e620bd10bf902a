import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The `limit` query parameter of a paged list: an optional whole number from 1 to `max`. */
export function PageLimit(options: { max?: number; default?: number } = {}): PropertyDecorator {
  const max = options.max ?? 100;
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: max, default: options.default ?? 20 }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
}
