import { Injectable, OnModuleInit } from '@nestjs/common';
import { notFound } from '@welness/platform';
import type { Exercise } from './exercise.entity';
import { ExercisesRepository } from './exercises.repository';
import { EXERCISE_SEED, Equipment, ExerciseCategory, Muscle } from './exercise.seed';

export interface ExerciseFilter {
  q?: string;
  muscle?: Muscle;
  equipment?: Equipment;
}

@Injectable()
export class ExercisesService implements OnModuleInit {
  constructor(private readonly exercises: ExercisesRepository) {}

  /** Upserts the built-in library by slug, so a grown seed list reaches existing installs. */
  async onModuleInit(): Promise<void> {
    await this.exercises.upsertBuiltIns(
      EXERCISE_SEED.map((s) => ({
        slug: s.slug,
        name: s.name,
        category: s.category,
        equipment: s.equipment,
        primaryMuscles: s.primary,
        secondaryMuscles: s.secondary,
      })),
    );
  }

  /** Built-in exercises plus the user's own. */
  list(userId: string, f: ExerciseFilter): Promise<Exercise[]> {
    return this.exercises.list(userId, f);
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
    return this.exercises.insertCustom(userId, { ...data, secondaryMuscles: data.secondaryMuscles ?? [] });
  }

  /** Exercises visible to the user, by id; throws when one is unknown or someone else's. */
  async visible(userId: string, ids: string[]): Promise<Map<string, Exercise>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await this.exercises.findVisible(userId, unique) : [];
    if (rows.length !== unique.length) throw notFound('Exercise');
    return new Map(rows.map((r) => [r.id, r]));
  }

  async eraseCustom(userId: string): Promise<void> {
    await this.exercises.eraseCustom(userId);
  }

  custom(userId: string): Promise<Exercise[]> {
    return this.exercises.listCustom(userId);
  }
}
