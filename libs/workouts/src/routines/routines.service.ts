import { Injectable } from '@nestjs/common';
import { notFound } from '@welness/platform';
import { PerformedSet, nextWorkingWeight } from '@welness/nutrition';
import { ExercisesService } from '../exercises/exercises.service';
import type { ProgressionChange } from '../sessions/session.entity';
import type { Routine, RoutineDay } from './routine.entity';
import { RoutinesRepository } from './routines.repository';

@Injectable()
export class RoutinesService {
  constructor(
    private readonly routines: RoutinesRepository,
    private readonly exercises: ExercisesService,
  ) {}

  async create(userId: string, name: string, days: RoutineDay[]): Promise<Routine> {
    await this.exercises.visible(
      userId,
      days.flatMap((d) => d.exercises.map((e) => e.exerciseId)),
    );
    return this.routines.insert(userId, name, days);
  }

  async update(userId: string, id: string, name: string, days: RoutineDay[]): Promise<Routine> {
    const r = await this.get(userId, id);
    await this.exercises.visible(
      userId,
      days.flatMap((d) => d.exercises.map((e) => e.exerciseId)),
    );
    return this.routines.save(Object.assign(r, { name, days }));
  }

  list(userId: string): Promise<Routine[]> {
    return this.routines.list(userId);
  }

  async get(userId: string, id: string): Promise<Routine> {
    const r = await this.routines.find(userId, id);
    if (!r) throw notFound('Routine');
    return r;
  }

  async delete(userId: string, id: string): Promise<void> {
    if (!(await this.routines.delete(userId, id))) throw notFound('Routine');
  }

  /**
   * Applies each exercise's progression rule after a session of that routine day: when every
   * planned set was done at the working weight with its target reps, all its sets move up.
   */
  async progress(
    userId: string,
    id: string,
    dayIndex: number,
    performed: Map<string, { reps: number; weightKg: number }[]>,
  ): Promise<ProgressionChange[]> {
    const routine = await this.get(userId, id);
    const day = routine.days[dayIndex];
    if (!day) return [];
    const changes: ProgressionChange[] = [];
    for (const ex of day.exercises) {
      if (!ex.progression || !ex.sets.length) continue;
      const done = performed.get(ex.exerciseId) ?? [];
      const working = Math.max(...ex.sets.map((s) => s.weightKg));
      const sets: PerformedSet[] = ex.sets.map((target, i) => ({
        targetReps: target.reps,
        reps: done[i]?.reps ?? 0,
        weightKg: done[i]?.weightKg ?? 0,
      }));
      const next = nextWorkingWeight(working, sets, ex.progression);
      if (next !== working) {
        const delta = next - working;
        ex.sets = ex.sets.map((s) => ({ ...s, weightKg: Math.round((s.weightKg + delta) * 100) / 100 }));
        changes.push({ exerciseId: ex.exerciseId, fromKg: working, toKg: next });
      }
    }
    if (changes.length) await this.routines.save(routine);
    return changes;
  }

  async erase(userId: string): Promise<void> {
    await this.routines.erase(userId);
  }
}
