import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Routine, RoutineDay } from './routine.entity';

/** Users' routines (days of planned exercises with progression rules). */
@Injectable()
export class RoutinesRepository {
  constructor(@InjectRepository(Routine) private readonly routines: Repository<Routine>) {}

  insert(userId: string, name: string, days: RoutineDay[]): Promise<Routine> {
    return this.routines.save(this.routines.create({ userId, name, days }));
  }

  save(routine: Routine): Promise<Routine> {
    return this.routines.save(routine);
  }

  list(userId: string): Promise<Routine[]> {
    return this.routines.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  find(userId: string, id: string): Promise<Routine | null> {
    return this.routines.findOne({ where: { userId, id } });
  }

  /** Whether a routine of the user's was deleted. */
  async delete(userId: string, id: string): Promise<boolean> {
    return ((await this.routines.delete({ userId, id })).affected ?? 0) > 0;
  }

  async erase(userId: string): Promise<void> {
    await this.routines.delete({ userId });
  }
}
