import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { UserFood } from './user-food.entity';

@Injectable()
export class UserFoodsRepository {
  constructor(@InjectRepository(UserFood) private readonly foods: Repository<UserFood>) {}

  create(
    userId: string,
    data: Omit<UserFood, 'id' | 'userId' | 'createdAt' | 'updatedAt'>,
  ): Promise<UserFood> {
    return this.foods.save(this.foods.create({ ...data, userId }));
  }

  find(userId: string, id: string): Promise<UserFood | null> {
    return this.foods.findOne({ where: { userId, id } });
  }

  findMany(userId: string, ids: string[]): Promise<UserFood[]> {
    return ids.length ? this.foods.find({ where: { userId, id: In(ids) } }) : Promise.resolve([]);
  }

  list(userId: string): Promise<UserFood[]> {
    return this.foods.find({ where: { userId }, order: { name: 'ASC' } });
  }

  async delete(userId: string, id: string): Promise<boolean> {
    return ((await this.foods.delete({ userId, id })).affected ?? 0) > 0;
  }

  async erase(userId: string): Promise<void> {
    await this.foods.delete({ userId });
  }
}
