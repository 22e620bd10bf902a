import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { FoodPreferencesDto, UpdateFoodPreferencesDto } from './food-preferences.dto';
import { FoodPreferencesService } from './food-preferences.service';

@ApiTags('plans')
@Controller('food-preferences')
export class FoodPreferencesController {
  constructor(private readonly prefs: FoodPreferencesService) {}

  @Get()
  @Policy('owner')
  @ApiOkResponse({
    type: FoodPreferencesDto,
    description: 'Diet type, allergens and dislikes every plan honours',
  })
  get(@SubjectUserId() userId: string): Promise<FoodPreferencesDto> {
    return this.prefs.get(userId);
  }

  @Put()
  @Policy('owner')
  @ApiOkResponse({ type: FoodPreferencesDto })
  update(
    @SubjectUserId() userId: string,
    @Body() dto: UpdateFoodPreferencesDto,
  ): Promise<FoodPreferencesDto> {
    return this.prefs.update(userId, dto);
  }
}

@ApiTags('coach')
@Controller('clients/:userId/food-preferences')
export class ClientFoodPreferencesController {
  constructor(private readonly prefs: FoodPreferencesService) {}

  @Get()
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: FoodPreferencesDto })
  get(@SubjectUserId() userId: string): Promise<FoodPreferencesDto> {
    return this.prefs.get(userId);
  }
}
