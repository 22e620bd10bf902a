import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { notFound } from '@welness/platform';
import { Brackets, In, IsNull, Repository } from 'typeorm';
import { Exercise } from './exercise.entity';
import { EXERCISE_SEED, Equipment, ExerciseCategory, Muscle } from './exercise.seed';

export interface ExerciseFilter {
  q?: string;
  muscle?: Muscle;
  equipment?: Equipment;
}

@Injectable()
export class ExercisesService implements OnModuleInit {
  constructor(@InjectRepository(Exercise) private readonly exercises: Repository<Exercise>) {}

  /** Upserts the built-in library by slug, so a grown seed list reaches existing installs. */
  async onModuleInit(): Promise<void> {
    await this.exercises
      .createQueryBuilder()
      .insert()
      .values(
        EXERCISE_SEED.map((s) => ({
          userId: null,
          slug: s.slug,
          name: s.name,
          category: s.category,
          equipment: s.equipment,
          primaryMuscles: s.primary,
          secondaryMuscles: s.secondary,
        })),
      )
      .orUpdate(['name', 'category', 'equipment', 'primary_muscles', 'secondary_muscles'], ['slug'])
      .execute();
  }

  /** Built-in exercises plus the user's own. */
  list(userId: string, f: ExerciseFilter): Promise<Exercise[]> {
    const qb = this.exercises
      .createQueryBuilder('e')
      .where(new Brackets((w) => w.where('e.user_id IS NULL').orWhere('e.user_id = :userId', { userId })));
    if (f.q) qb.andWhere('e.name ILIKE :q', { q: `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` });
    if (f.muscle) qb.andWhere(':muscle = ANY(e.primary_muscles)', { muscle: f.muscle });
    if (f.equipment) qb.andWhere('e.equipment = :equipment', { equipment: f.equipment });
    return qb.orderBy('e.name', 'ASC').getMany();
  }

  create(
    userId: string,
    data: {
      name: string;
      category: ExerciseCategory;
      equipment: Equipment;
      primaryMuscles: Muscle[];
      secondaryMuscles?: Muscle[];
    },
  ): Promise<Exercise> {
    return this.exercises.save(
      this.exercises.create({ ...data, secondaryMuscles: data.secondaryMuscles ?? [], userId, slug: null }),
    );
  }

  /** Exercises visible to the user, by id; throws when one is unknown or someone else's. */
  async visible(userId: string, ids: string[]): Promise<Map<string, Exercise>> {
    const unique = [...new Set(ids)];
    const rows = unique.length
      ? await this.exercises.find({
          where: [
            { id: In(unique), userId: IsNull() },
            { id: In(unique), userId },
          ],
        })
      : [];
    if (rows.length !== unique.length) throw notFound('Exercise');
    return new Map(rows.map((r) => [r.id, r]));
  }

  async eraseCustom(userId: string): Promise<void> {
    await this.exercises.delete({ userId });
  }

  custom(userId: string): Promise<Exercise[]> {
    return this.exercises.find({ where: { userId } });
  }
}
