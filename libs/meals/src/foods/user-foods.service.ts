import { Injectable } from '@nestjs/common';
import { notFound } from '@welness/platform';
import { CreateUserFoodDto } from './foods.dto';
import { ZERO_NUTRIENTS } from './nutrients';
import { UserFood } from './user-food.entity';
import { UserFoodsRepository } from './user-foods.repository';

@Injectable()
export class UserFoodsService {
  constructor(private readonly repo: UserFoodsRepository) {}

  create(userId: string, dto: CreateUserFoodDto): Promise<UserFood> {
    return this.repo.create(userId, {
      name: dto.name,
      brand: dto.brand ?? null,
      per100: { ...ZERO_NUTRIENTS, ...dto.per100 },
      servingG: dto.servingG ?? null,
      householdUnits: dto.householdUnits ?? [],
      allergens: dto.allergens ?? [],
      vegan: dto.vegan ?? null,
      vegetarian: dto.vegetarian ?? null,
    });
  }

  list(userId: string): Promise<UserFood[]> {
    return this.repo.list(userId);
  }

  async delete(userId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(userId, id))) throw notFound('Food');
  }
}
