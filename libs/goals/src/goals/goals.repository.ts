import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { GoalRecord } from './goal.entity';

@Injectable()
export class GoalsRepository {
  constructor(@InjectRepository(GoalRecord) private readonly goals: Repository<GoalRecord>) {}

  find(userId: string): Promise<GoalRecord | null> {
    return this.goals.findOne({ where: { userId } });
  }

  async upsert(userId: string, patch: Partial<GoalRecord>): Promise<GoalRecord> {
    const existing = await this.find(userId);
    const row = this.goals.merge(existing ?? this.goals.create({ userId }), patch, { userId });
    return this.goals.save(row);
  }

  async erase(userId: string): Promise<void> {
    await this.goals.delete({ userId });
  }
}
