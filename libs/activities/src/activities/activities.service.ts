import { Injectable } from '@nestjs/common';
import { BodyMetricsService, UserClock } from '@welness/goals';
import {
  DayChanges,
  ProblemException,
  badRequest,
  decodeCursor,
  encodeCursor,
  notFound,
} from '@welness/platform';
import { MET_ACTIVITIES, MetActivity, metActivity, metEnergyKcal } from '@welness/nutrition';
import { ActivitiesRepository, NewActivity } from './activities.repository';
import { ActivityRecord } from './activity.entity';
import { CreateActivityDto } from './activities.dto';

export interface DayActivity {
  date: string;
  burnedKcal: number;
  activeMinutes: number;
  activities: number;
  steps: number | null;
  deviceActiveEnergyKcal: number | null;
}

const cursorOf = (a: ActivityRecord) => encodeCursor(a.startedAt, a.id);
function parseCursor(c: string): { startedAt: Date; id: string } {
  const [startedAt, id] = decodeCursor(c, ['timestamp', 'uuid']);
  return { startedAt, id };
}

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly repo: ActivitiesRepository,
    private readonly body: BodyMetricsService,
    private readonly days: DayChanges,
    private readonly clock: UserClock,
  ) {}

  types(): readonly MetActivity[] {
    return MET_ACTIVITIES;
  }

  async create(userId: string, dto: CreateActivityDto): Promise<ActivityRecord> {
    const type = metActivity(dto.type);
    if (!type)
      throw badRequest(
        'unknown-activity',
        `Unknown activity "${dto.type}"; see GET /api/v1/activities/types.`,
      );
    const startedAt = new Date(dto.startedAt);
    const date = await this.clock.localDay(userId, startedAt);
    const weightKg = await this.body.weightOn(userId, date);
    if (!weightKg) {
      throw new ProblemException(
        409,
        'weight-unknown',
        'Weight unknown',
        'Log a body weight on or before this date: activity energy is MET × kg × hours.',
      );
    }
    const row = await this.repo.insert({
      userId,
      date,
      startedAt,
      activityKey: type.key,
      metCode: type.code,
      met: type.met,
      durationMin: dto.durationMin,
      distanceM: dto.distanceM ?? null,
      energyKcal: Math.round(metEnergyKcal(type.met, weightKg, dto.durationMin) * 10) / 10,
      energyMethod: 'met',
      weightKg,
      source: 'manual',
      externalId: null,
      note: dto.note ?? null,
    });
    await this.days.dayChanged(userId, date);
    return row;
  }

  /** Importers: bulk insert (deduplicated by external id) and one day-change signal. */
  async importActivities(userId: string, rows: NewActivity[]): Promise<number> {
    const n = await this.repo.insertMany(rows);
    if (rows.length)
      await this.days.dayChanged(
        userId,
        rows.reduce((m, r) => (r.date < m ? r.date : m), rows[0].date),
      );
    return n;
  }

  async importSteps(
    userId: string,
    source: string,
    days: { date: string; steps: number; activeEnergyKcal: number | null }[],
  ): Promise<void> {
    if (!days.length) return;
    await this.repo.upsertSteps(days.map((d) => ({ userId, source, ...d })));
    await this.days.dayChanged(
      userId,
      days.reduce((m, r) => (r.date < m ? r.date : m), days[0].date),
    );
  }

  async list(
    userId: string,
    limit = 50,
    cursor?: string,
    from?: string,
    to?: string,
  ): Promise<{ items: ActivityRecord[]; nextCursor: string | null }> {
    const rows = await this.repo.page(userId, limit + 1, cursor ? parseCursor(cursor) : null, from, to);
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? cursorOf(items[items.length - 1]) : null };
  }

  async delete(userId: string, id: string): Promise<void> {
    const a = await this.repo.find(userId, id);
    if (!a) throw notFound('Activity');
    await this.repo.delete(userId, id);
    await this.days.dayChanged(userId, a.date);
  }

  async setSteps(userId: string, date: string, steps: number): Promise<void> {
    await this.repo.upsertSteps([{ userId, date, source: 'manual', steps, activeEnergyKcal: null }]);
    await this.days.dayChanged(userId, date);
  }

  steps(userId: string, from: string, to: string) {
    return this.repo.stepsByDay(userId, from, to);
  }

  /** Burned energy, minutes and steps per day, for summaries (every day of the range present). */
  async byDay(userId: string, from: string, to: string): Promise<Map<string, DayActivity>> {
    const rows = await this.repo.dayFacts(userId, from, to);
    return new Map(
      rows.map((r) => [
        r.date,
        {
          date: r.date,
          burnedKcal: r.energyKcal,
          activeMinutes: r.minutes,
          activities: r.count,
          steps: r.steps,
          deviceActiveEnergyKcal: r.activeEnergyKcal,
        },
      ]),
    );
  }

  exportData(userId: string) {
    return this.repo.exportAll(userId);
  }

  async erase(userId: string): Promise<void> {
    await this.repo.erase(userId);
  }
}
