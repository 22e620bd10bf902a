import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DietPlan } from './diet-plan.entity';

export type NewPlan = Pick<
  DietPlan,
  'userId' | 'weekStart' | 'preferences' | 'targets' | 'days' | 'assignedBy'
>;

/** Diet plans: at most one `current` per user, older ones `archived`. */
@Injectable()
export class PlansRepository {
  constructor(@InjectRepository(DietPlan) private readonly plans: Repository<DietPlan>) {}

  /** Archives the user's current plan and saves the new one as current. */
  async replaceCurrent(plan: NewPlan): Promise<DietPlan> {
    await this.plans.update({ userId: plan.userId, status: 'current' }, { status: 'archived' });
    return this.plans.save(this.plans.create({ ...plan, status: 'current' }));
  }

  findCurrent(userId: string): Promise<DietPlan | null> {
    return this.plans.findOne({
      where: { userId, status: 'current' },
      order: { createdAt: 'DESC' },
    });
  }

  save(plan: DietPlan): Promise<DietPlan> {
    return this.plans.save(plan);
  }

  listAll(userId: string): Promise<DietPlan[]> {
    return this.plans.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async erase(userId: string): Promise<void> {
    await this.plans.delete({ userId });
  }
}
