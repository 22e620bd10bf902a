import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, IsNull, Repository } from 'typeorm';
import { Exercise } from './exercise.entity';
import type { Equipment, Muscle } from './exercise.seed';

export type BuiltInExercise = Pick<
  Exercise,
  'slug' | 'name' | 'category' | 'equipment' | 'primaryMuscles' | 'secondaryMuscles'
>;
export type CustomExercise = Pick<
  Exercise,
  'name' | 'category' | 'equipment' | 'primaryMuscles' | 'secondaryMuscles'
>;

/** The exercise library: built-in rows (no user, a slug) and users' own (no slug). */
@Injectable()
export class ExercisesRepository {
  constructor(@InjectRepository(Exercise) private readonly exercises: Repository<Exercise>) {}

  /** Inserts or updates the built-in exercises by slug. */
  async upsertBuiltIns(rows: BuiltInExercise[]): Promise<void> {
    await this.exercises
      .createQueryBuilder()
      .insert()
      .values(rows.map((r) => ({ ...r, userId: null })))
      .orUpdate(['name', 'category', 'equipment', 'primary_muscles', 'secondary_muscles'], ['slug'])
      .execute();
  }

  /** Built-in exercises plus the user's own, by name; `q` matches a substring of the name. */
  list(userId: string, f: { q?: string; muscle?: Muscle; equipment?: Equipment }): Promise<Exercise[]> {
    const qb = this.exercises
      .createQueryBuilder('e')
      .where(new Brackets((w) => w.where('e.user_id IS NULL').orWhere('e.user_id = :userId', { userId })));
    if (f.q) qb.andWhere('e.name ILIKE :q', { q: `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` });
    if (f.muscle) qb.andWhere(':muscle = ANY(e.primary_muscles)', { muscle: f.muscle });
    if (f.equipment) qb.andWhere('e.equipment = :equipment', { equipment: f.equipment });
    return qb.orderBy('e.name', 'ASC').getMany();
  }

  insertCustom(userId: string, data: CustomExercise): Promise<Exercise> {
    return this.exercises.save(this.exercises.create({ ...data, userId, slug: null }));
  }

  /** Those of `ids` that are built in or the user's own. */
  findVisible(userId: string, ids: string[]): Promise<Exercise[]> {
    return this.exercises.find({
      where: [
        { id: In(ids), userId: IsNull() },
        { id: In(ids), userId },
      ],
    });
  }

  listCustom(userId: string): Promise<Exercise[]> {
    return this.exercises.find({ where: { userId } });
  }

  async eraseCustom(userId: string): Promise<void> {
    await this.exercises.delete({ userId });
  }
}
