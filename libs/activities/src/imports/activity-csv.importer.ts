import { readFile } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import { BodyMetricsService, csvRecords } from '@welness/goals';
import { isIsoDate, localDate, metActivity, metEnergyKcal } from '@welness/nutrition';
import { ActivitiesService } from '../activities/activities.service';
import { NewActivity } from '../activities/activities.repository';
import { ImportCounts } from './activity-import.entity';
import type { ProgressFn } from './apple-health.importer';
import { WeightLookup } from './weight-lookup';

/**
 * Activity CSV with a header. Activity rows: `started_at,type,duration_min[,distance_m][,energy_kcal]`
 * (type = activity key or 2011 Compendium code). Step rows: `date,steps`.
 */
@Injectable()
export class ActivityCsvImporter {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly body: BodyMetricsService,
  ) {}

  async run(
    userId: string,
    path: string,
    onProgress: ProgressFn,
  ): Promise<ImportCounts & { errors: { line: number; message: string }[] }> {
    const tz = await this.activities.timeZone(userId);
    const text = await readFile(path, 'utf8');
    const records = csvRecords(text);
    const weights = await WeightLookup.load(this.body, userId);
    const errors: { line: number; message: string }[] = [];
    const rows: NewActivity[] = [];
    const steps: { date: string; steps: number; activeEnergyKcal: number | null }[] = [];
    records.forEach((r, i) => {
      const line = i + 2;
      if (r.steps !== undefined && r.steps !== '' && r.date) {
        const n = Number(r.steps);
        if (!isIsoDate(r.date) || !Number.isInteger(n) || n < 0)
          return errors.push({
            line,
            message: 'steps rows need date YYYY-MM-DD and a whole number of steps',
          });
        return steps.push({ date: r.date, steps: n, activeEnergyKcal: null });
      }
      const type = metActivity(r.type ?? '');
      const start = new Date(r.started_at ?? '');
      const minutes = Number(r.duration_min);
      if (!type) return errors.push({ line, message: `unknown activity type "${r.type ?? ''}"` });
      if (Number.isNaN(start.getTime()))
        return errors.push({ line, message: 'started_at must be an ISO 8601 date-time' });
      if (!(minutes > 0 && minutes <= 1440))
        return errors.push({ line, message: 'duration_min must be within 1–1440' });
      const date = localDate(start, tz);
      const device = r.energy_kcal ? Number(r.energy_kcal) : null;
      const kg = weights.on(date);
      if (!(device && device > 0) && !kg)
        return errors.push({
          line,
          message: 'no weight logged on or before this date and no energy_kcal given',
        });
      rows.push({
        userId,
        date,
        startedAt: start,
        activityKey: type.key,
        metCode: type.code,
        met: type.met,
        durationMin: minutes,
        distanceM: r.distance_m ? Number(r.distance_m) || null : null,
        energyKcal:
          Math.round((device && device > 0 ? device : metEnergyKcal(type.met, kg ?? 0, minutes)) * 10) / 10,
        energyMethod: device && device > 0 ? 'device' : 'met',
        weightKg: kg,
        source: 'csv',
        externalId: `csv:${type.key}:${start.toISOString()}`,
        note: r.note ? r.note.slice(0, 1000) : null,
      });
    });
    const bytes = Buffer.byteLength(text);
    const counts: ImportCounts = {
      activities: 0,
      stepDays: steps.length,
      weights: 0,
      skipped: errors.length,
    };
    for (let i = 0; i < rows.length; i += 500) {
      counts.activities += await this.activities.importActivities(userId, rows.slice(i, i + 500));
      await onProgress(Math.round((bytes * (i + 500)) / Math.max(rows.length, 1)), bytes, counts);
    }
    await this.activities.importSteps(userId, 'csv', steps);
    await onProgress(bytes, bytes, counts);
    return { ...counts, errors: errors.slice(0, 100) };
  }
}
