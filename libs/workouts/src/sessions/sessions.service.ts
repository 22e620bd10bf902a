import { Injectable } from '@nestjs/common';
import { UserClock } from '@welness/goals';
import { DayChanges, badRequest, conflict, decodeCursor, encodeCursor, notFound } from '@welness/platform';
import { IsoDate, addDays, brzycki1Rm, epley1Rm, estimated1Rm, weekStart } from '@welness/nutrition';
import { ExercisesService } from '../exercises/exercises.service';
import { RoutinesService } from '../routines/routines.service';
import { PersonalRecord, RecordKind, WorkoutSession, WorkoutSet } from './session.entity';
import { SessionsRepository } from './sessions.repository';

/** A set with both published 1RM estimates beside the one used for records. */
export interface SetView extends WorkoutSet {
  epleyKg: number;
  /** Null from 37 reps, where Brzycki is undefined. */
  brzyckiKg: number | null;
}

export interface SessionDetail extends WorkoutSession {
  sets: SetView[];
}

/** A session in the history list, with what it amounted to. */
export interface SessionSummary extends WorkoutSession {
  setCount: number;
  volumeKg: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

export function setView(s: WorkoutSet): SetView {
  return {
    ...s,
    epleyKg: r2(epley1Rm(s.weightKg, s.reps)),
    brzyckiKg: s.reps < 37 ? r2(brzycki1Rm(s.weightKg, s.reps)) : null,
  };
}

export interface MuscleVolume {
  muscle: string;
  sets: number;
  volumeKg: number;
  secondarySets: number;
}

const cursorOf = (s: WorkoutSession) => encodeCursor(s.startedAt, s.id);
function parseCursor(c: string): { startedAt: Date; id: string } {
  const [startedAt, id] = decodeCursor(c, ['timestamp', 'uuid']);
  return { startedAt, id };
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly repo: SessionsRepository,
    private readonly exercises: ExercisesService,
    private readonly routines: RoutinesService,
    private readonly days: DayChanges,
    private readonly clock: UserClock,
  ) {}

  async start(
    userId: string,
    opts: { routineId?: string; dayIndex?: number; startedAt?: string; notes?: string },
  ): Promise<WorkoutSession> {
    if (opts.routineId) {
      const r = await this.routines.get(userId, opts.routineId);
      if (opts.dayIndex === undefined || !r.days[opts.dayIndex])
        throw badRequest('invalid-day', 'dayIndex must name a day of the routine.');
    }
    const startedAt = opts.startedAt ? new Date(opts.startedAt) : new Date();
    return this.repo.createSession({
      userId,
      startedAt,
      date: await this.clock.localDay(userId, startedAt),
      routineId: opts.routineId ?? null,
      dayIndex: opts.routineId ? (opts.dayIndex ?? null) : null,
      notes: opts.notes ?? null,
      finishedAt: null,
      progression: null,
    });
  }

  async get(userId: string, id: string): Promise<SessionDetail> {
    const s = await this.repo.findSession(userId, id);
    if (!s) throw notFound('Workout session');
    return { ...s, sets: (await this.repo.setsOf(id)).map(setView) };
  }

  async list(
    userId: string,
    limit = 20,
    cursor?: string,
  ): Promise<{ items: SessionSummary[]; nextCursor: string | null }> {
    const rows = await this.repo.page(userId, limit + 1, cursor ? parseCursor(cursor) : null);
    const page = rows.slice(0, limit);
    const totals = await this.repo.totalsOf(page.map((s) => s.id));
    const items = page.map((s) => ({
      ...s,
      setCount: totals.get(s.id)?.setCount ?? 0,
      volumeKg: r2(totals.get(s.id)?.volumeKg ?? 0),
    }));
    return { items, nextCursor: rows.length > limit ? cursorOf(page[page.length - 1]) : null };
  }

  /** Logs one set; marks and stores a personal record when it beats the previous best. */
  async addSet(
    userId: string,
    sessionId: string,
    set: { exerciseId: string; reps: number; weightKg: number; rir?: number | null },
  ): Promise<SetView> {
    const session = await this.repo.findSession(userId, sessionId);
    if (!session) throw notFound('Workout session');
    if (session.finishedAt) throw conflict('session-finished', 'This session is finished.');
    await this.exercises.visible(userId, [set.exerciseId]);
    const e1rm = Math.round(estimated1Rm(set.weightKg, set.reps) * 100) / 100;
    const saved = await this.repo.saveSet({
      sessionId,
      userId,
      exerciseId: set.exerciseId,
      setIndex: await this.repo.nextSetIndex(sessionId),
      reps: set.reps,
      weightKg: set.weightKg,
      rir: set.rir ?? null,
      e1rmKg: e1rm,
    });
    // The same kinds and values as SessionsRepository.rebuildRecords (after a deletion).
    const candidates: [RecordKind, number][] = [
      ['e1rm', e1rm],
      ['max_weight', set.weightKg],
      ['max_volume_set', set.weightKg * set.reps],
    ];
    let isPr = false;
    for (const [kind, value] of candidates) {
      if (value <= 0) continue;
      const best = await this.repo.findRecord(userId, set.exerciseId, kind);
      if (best && best.value >= value) continue;
      await this.repo.upsertRecord({
        userId,
        exerciseId: set.exerciseId,
        kind,
        value,
        reps: set.reps,
        weightKg: set.weightKg,
        setId: saved.id,
        achievedOn: session.date,
      });
      isPr = true;
    }
    if (isPr) {
      saved.isPr = true;
      await this.repo.saveSet(saved);
    }
    // The first set makes the session count as a workout in that day's summary.
    await this.days.dayChanged(userId, session.date);
    return setView(saved);
  }

  async finish(userId: string, sessionId: string): Promise<SessionDetail> {
    const s = await this.repo.findSession(userId, sessionId);
    if (!s) throw notFound('Workout session');
    if (s.finishedAt) throw conflict('session-finished', 'This session is already finished.');
    const sets = await this.repo.setsOf(sessionId);
    s.finishedAt = new Date();
    if (s.routineId && s.dayIndex !== null) {
      const byExercise = new Map<string, { reps: number; weightKg: number }[]>();
      for (const set of sets)
        byExercise.set(set.exerciseId, [
          ...(byExercise.get(set.exerciseId) ?? []),
          { reps: set.reps, weightKg: set.weightKg },
        ]);
      s.progression = await this.routines.progress(userId, s.routineId, s.dayIndex, byExercise);
    }
    const saved = await this.repo.saveSession(s);
    return { ...saved, sets: sets.map(setView) };
  }

  /**
   * Removes a set logged by mistake, in an open or a finished session. A record it held passes
   * to the next best set; the routine's progression, decided when the session finished, stays.
   */
  async deleteSet(userId: string, sessionId: string, setId: string): Promise<void> {
    const session = await this.repo.findSession(userId, sessionId);
    if (!session) throw notFound('Workout session');
    const set = await this.repo.findSet(sessionId, setId);
    if (!set) throw notFound('Set');
    await this.repo.deleteSet(sessionId, setId);
    await this.repo.rebuildRecords(userId, [set.exerciseId]);
    await this.days.dayChanged(userId, session.date);
  }

  async delete(userId: string, id: string): Promise<void> {
    const s = await this.repo.findSession(userId, id);
    if (!s) throw notFound('Workout session');
    const exercises = await this.repo.exercisesOf(id);
    await this.repo.deleteSession(userId, id);
    // Its records must not outlive it: the remaining sessions hold them again.
    await this.repo.rebuildRecords(userId, exercises);
    await this.days.dayChanged(userId, s.date);
  }

  records(userId: string): Promise<PersonalRecord[]> {
    return this.repo.listRecords(userId);
  }

  /** Sets and volume per muscle group for the ISO week containing `weekOf`. */
  async weeklyVolume(
    userId: string,
    weekOf?: IsoDate,
  ): Promise<{ weekStart: IsoDate; muscles: MuscleVolume[] }> {
    const from = weekStart(weekOf ?? (await this.clock.userToday(userId)));
    const rows = await this.repo.volumeByMuscle(userId, from, addDays(from, 6));
    const by = new Map<string, MuscleVolume>();
    for (const r of rows) {
      const m = by.get(r.muscle) ?? { muscle: r.muscle, sets: 0, volumeKg: 0, secondarySets: 0 };
      if (r.role === 'primary') {
        m.sets += r.sets;
        m.volumeKg += r.volumeKg;
      } else m.secondarySets += r.sets;
      by.set(r.muscle, m);
    }
    return {
      weekStart: from,
      muscles: [...by.values()].sort((a, b) => b.sets - a.sets || a.muscle.localeCompare(b.muscle)),
    };
  }

  countsByDay(userId: string, from: IsoDate, to: IsoDate): Promise<Map<string, number>> {
    return this.repo.countsByDay(userId, from, to);
  }

  exportData(userId: string) {
    return this.repo.exportAll(userId);
  }

  async erase(userId: string): Promise<void> {
    await this.repo.erase(userId);
  }
}
