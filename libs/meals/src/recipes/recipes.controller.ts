import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { EntryDto } from '../diary/diary.dto';
import { CreateUserFoodDto, UserFoodDto } from '../foods/foods.dto';
import { UserFoodsService } from '../foods/user-foods.service';
import { CreateRecipeDto, LogPortionDto, RecipeDto, SaveMealDto, SavedMealDto } from './recipes.dto';
import { RecipesService } from './recipes.service';

@ApiTags('recipes')
@Controller()
export class RecipesController {
  constructor(
    private readonly recipes: RecipesService,
    private readonly foods: UserFoodsService,
  ) {}

  @Post('foods')
  @Policy('owner')
  @ApiCreatedResponse({ type: UserFoodDto })
  createFood(@SubjectUserId() userId: string, @Body() dto: CreateUserFoodDto): Promise<UserFoodDto> {
    return this.foods.create(userId, dto);
  }

  @Get('foods')
  @Policy('owner')
  @ApiOkResponse({ type: [UserFoodDto] })
  listFoods(@SubjectUserId() userId: string): Promise<UserFoodDto[]> {
    return this.foods.list(userId);
  }

  @Delete('foods/:id')
  @Policy('owner')
  @HttpCode(204)
  async deleteFood(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.foods.delete(userId, id);
  }

  @Post('recipes')
  @Policy('owner')
  @ApiCreatedResponse({ type: RecipeDto })
  create(@SubjectUserId() userId: string, @Body() dto: CreateRecipeDto): Promise<RecipeDto> {
    return this.recipes.create(userId, dto);
  }

  @Get('recipes')
  @Policy('owner')
  @ApiOkResponse({ type: [RecipeDto] })
  list(@SubjectUserId() userId: string): Promise<RecipeDto[]> {
    return this.recipes.list(userId);
  }

  @Get('recipes/:id')
  @Policy('owner')
  @ApiOkResponse({ type: RecipeDto })
  get(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<RecipeDto> {
    return this.recipes.get(userId, id);
  }

  @Put('recipes/:id')
  @Policy('owner')
  @ApiOkResponse({ type: RecipeDto })
  update(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateRecipeDto,
  ): Promise<RecipeDto> {
    return this.recipes.update(userId, id, dto);
  }

  @Delete('recipes/:id')
  @Policy('owner')
  @HttpCode(204)
  async delete(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.recipes.delete(userId, id);
  }

  @Post('recipes/:id/log')
  @Policy('owner')
  @ApiCreatedResponse({ type: [EntryDto] })
  log(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: LogPortionDto,
  ): Promise<EntryDto[]> {
    return this.recipes.logPortion(userId, id, dto.slot, dto.servings, dto.date);
  }

  @Post('saved-meals')
  @Policy('owner')
  @ApiCreatedResponse({ type: SavedMealDto })
  saveMeal(@SubjectUserId() userId: string, @Body() dto: SaveMealDto): Promise<SavedMealDto> {
    return this.recipes.saveMeal(userId, dto);
  }

  @Get('saved-meals')
  @Policy('owner')
  @ApiOkResponse({ type: [SavedMealDto] })
  listMeals(@SubjectUserId() userId: string): Promise<SavedMealDto[]> {
    return this.recipes.listMeals(userId);
  }

  @Delete('saved-meals/:id')
  @Policy('owner')
  @HttpCode(204)
  async deleteMeal(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.recipes.deleteMeal(userId, id);
  }

  @Post('saved-meals/:id/log')
  @Policy('owner')
  @ApiCreatedResponse({ type: [EntryDto] })
  logMeal(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: LogPortionDto,
  ): Promise<EntryDto[]> {
    return this.recipes.logMeal(userId, id, dto.slot, dto.date);
  }
}
