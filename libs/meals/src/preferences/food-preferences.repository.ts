import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FoodPreferences } from './food-preferences.entity';

export type FoodPreferencesRow = Pick<FoodPreferences, 'dietType' | 'allergens' | 'dislikes'>;

/** One row of food preferences per user. */
@Injectable()
export class FoodPreferencesRepository {
  constructor(@InjectRepository(FoodPreferences) private readonly repo: Repository<FoodPreferences>) {}

  find(userId: string): Promise<FoodPreferences | null> {
    return this.repo.findOne({ where: { userId } });
  }

  /** One statement, so two concurrent first writes cannot collide on the primary key. */
  async upsert(userId: string, row: FoodPreferencesRow): Promise<void> {
    await this.repo.upsert({ userId, ...row }, ['userId']);
  }

  async erase(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }
}
