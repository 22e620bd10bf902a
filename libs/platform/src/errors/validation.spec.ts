import { ArgumentMetadata } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Matches } from 'class-validator';
import { InputValidationException, createValidationPipe } from './validation';

class OptionalQuery {
  @IsOptional()
  @Matches(/^[a-z]{2}$/)
  lang?: string;
}

class RequiredQuery {
  @IsString()
  q!: string;

  @IsOptional()
  @IsInt()
  limit?: number;
}

const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype, data: undefined });

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();

  it('answers an empty query with an instance of the DTO, every time', async () => {
    for (let i = 0; i < 3; i += 1) {
      const out = await pipe.transform({}, query(OptionalQuery));
      expect(out).toBeInstanceOf(OptionalQuery);
      expect(Object.keys(out as object)).toEqual([]);
    }
  });

  it('keeps rejecting an empty query for a DTO with required fields', async () => {
    for (let i = 0; i < 2; i += 1) {
      await expect(pipe.transform({}, query(RequiredQuery))).rejects.toBeInstanceOf(InputValidationException);
    }
  });

  it('still validates and whitelists non-empty queries after an empty one passed', async () => {
    await pipe.transform({}, query(OptionalQuery));
    await expect(pipe.transform({ lang: 'FRENCH' }, query(OptionalQuery))).rejects.toBeInstanceOf(InputValidationException);
    await expect(pipe.transform({ other: '1' }, query(OptionalQuery))).rejects.toBeInstanceOf(InputValidationException);
    expect(await pipe.transform({ lang: 'fr' }, query(OptionalQuery))).toEqual(Object.assign(new OptionalQuery(), { lang: 'fr' }));
  });
});
