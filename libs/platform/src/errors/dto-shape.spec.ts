import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { findShapeProblems } from './dto-shape';

class Rule {
  @ApiProperty() @IsString() unit: string;
}

class Body {
  @ApiPropertyOptional() @IsOptional() @IsString() timeZone?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() displayName?: string | null;
  @ApiPropertyOptional({ type: Rule, nullable: true }) @IsOptional() @ValidateNested() @Type(() => Rule) rule?: Rule | null;
  @ApiPropertyOptional({ type: [Rule] }) @IsOptional() @ValidateNested({ each: true }) @Type(() => Rule) rules?: Rule[];
  @ApiPropertyOptional({ type: [String], nullable: true }) @IsOptional() tags?: string[] | null;
}

const body = (props: Partial<Body>) => Object.assign(new Body(), props);

describe('findShapeProblems', () => {
  it('refuses null where the contract does not say nullable, at any depth', () => {
    expect(findShapeProblems(body({ timeZone: null as unknown as string }))).toEqual([{ path: 'timeZone', message: 'timeZone must not be null' }]);
    expect(findShapeProblems(body({ displayName: null, rule: null }))).toEqual([]);
    expect(findShapeProblems(body({ rules: [Object.assign(new Rule(), { unit: null as unknown as string })] }))).toEqual([
      { path: 'rules[0].unit', message: 'unit must not be null' },
    ]);
  });

  it('refuses an array where one object or value is declared, accepts declared arrays', () => {
    expect(findShapeProblems(body({ rule: [] as unknown as Rule }))).toEqual([{ path: 'rule', message: expect.stringMatching(/^rule must be .* not an array$/) }]);
    expect(findShapeProblems(body({ rules: [] }))).toEqual([]);
    expect(findShapeProblems(body({ tags: ['a'] }))).toEqual([]); // `string[] | null` reflects as Object
    expect(findShapeProblems(body({ tags: null }))).toEqual([]);
    expect(findShapeProblems({ plain: null })).toEqual([]); // not a DTO instance: nothing to say
  });
});
