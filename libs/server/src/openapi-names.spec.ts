import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { createLogger, loadConfig } from '@welness/platform';
import { AppModule } from './app.module';
import { contractSchemas, schemaNameClashes } from './openapi-names';

// Two modules each declaring their own `ThingDto` (as facts and meals once had `NutrientsDto`).
function fromFacts() {
  class ThingDto {
    @ApiProperty() energyKj: number;
  }
  class ProductDto {
    @ApiProperty({ type: ThingDto }) nutrients: ThingDto;
  }
  @Controller('facts')
  class FactsController {
    @Get()
    @ApiOkResponse({ type: ProductDto })
    get(): ProductDto | null {
      return null;
    }
  }
  return FactsController;
}
function fromMeals() {
  class ThingDto {
    @ApiProperty() energyKcal: number;
  }
  class PageQueryDto {
    @ApiPropertyOptional() cursor?: string;
  }
  class EntryDto {
    @ApiProperty({ type: () => [ThingDto] }) items: ThingDto[];
  }
  @Controller('meals')
  class MealsController {
    @Post()
    add(@Body() _body: EntryDto, @Query() _q: PageQueryDto): void {}
  }
  return { MealsController, PageQueryDto };
}
function fromWorkouts(PageQueryDto: new () => object) {
  class SessionsQueryDto extends PageQueryDto {}
  // A second class named PageQueryDto, reached only as a query DTO.
  const Other = { PageQueryDto: class {} }.PageQueryDto;
  Object.defineProperty(Other, 'name', { value: 'PageQueryDto' });
  @Controller('workouts')
  class WorkoutsController {
    @Get()
    list(@Query() _q: SessionsQueryDto, @Query() _o: InstanceType<typeof Other>): void {}
  }
  Reflect.defineMetadata('design:paramtypes', [SessionsQueryDto, Other], WorkoutsController.prototype, 'list');
  return WorkoutsController;
}

describe('OpenAPI schema names are unique', () => {
  it('report two classes that would share one schema name, nested and query DTOs included (fixture)', async () => {
    const meals = fromMeals();
    const moduleRef = await Test.createTestingModule({
      controllers: [fromFacts(), meals.MealsController, fromWorkouts(meals.PageQueryDto)],
    }).compile();
    const clashes = schemaNameClashes(moduleRef.get(ModulesContainer));
    expect(clashes.map((c) => c.name).sort()).toEqual(['PageQueryDto', 'ThingDto']);
    await moduleRef.close();
  });

  it('find none in the application', async () => {
    // As `npm run openapi` builds it: preview mode opens no store.
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const app = await NestFactory.create(AppModule.forRoot({ config, logger: createLogger(config), role: 'api' }), new FastifyAdapter(), {
      preview: true,
      logger: false,
    });
    try {
      const modules = app.get(ModulesContainer);
      // The walk reaches nested response DTOs and query DTOs, not only the top-level ones.
      expect([...contractSchemas(modules).values()]).toEqual(
        expect.arrayContaining(['MealNutrientsDto', 'ProductNutrientsDto', 'IdentityPageQueryDto', 'SessionPageQueryDto', 'StreakDto']),
      );
      expect(schemaNameClashes(modules)).toEqual([]);
    } finally {
      await app.close();
    }
  }, 60_000);
});
