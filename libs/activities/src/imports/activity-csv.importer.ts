import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { UnrecoverableError } from 'bullmq';
import { Injectable } from '@nestjs/common';
import { BodyMetricsService, CsvSyntaxError, UserClock, csvNumber, csvRecords } from '@welness/goals';
import { isIsoDate, localDate, metActivity, metEnergyKcal } from '@welness/nutrition';
import { ActivitiesService } from '../activities/activities.service';
import { NewActivity } from '../activities/activities.repository';
import { ImportCounts } from './activity-import.entity';
import { ImportOutcome, ProgressFn, RejectLog } from './import-progress';
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
    private readonly clock: UserClock,
  ) {}

  async run(userId: string, path: string, onProgress: ProgressFn): Promise<ImportOutcome> {
    const tz = await this.clock.timeZone(userId);
    const records = await readRecords(path);
    const weights = await WeightLookup.load(this.body, userId);
    const errors = new RejectLog();
    const reject = (line: number, message: string) => void errors.add(line, message);
    const rows: NewActivity[] = [];
    const steps: { date: string; steps: number; activeEnergyKcal: number | null }[] = [];
    records.forEach((r, i) => {
      const line = i + 2;
      if (r.steps !== undefined && r.steps !== '' && r.date) {
        const n = csvNumber(r.steps);
        if (!isIsoDate(r.date) || !Number.isInteger(n) || n < 0)
          return reject(line, 'steps rows need date YYYY-MM-DD and a whole number of steps');
        return steps.push({ date: r.date, steps: n, activeEnergyKcal: null });
      }
      const type = metActivity(r.type ?? '');
      const start = new Date(r.started_at ?? '');
      const minutes = csvNumber(r.duration_min);
      if (!type) return reject(line, `unknown activity type "${r.type ?? ''}"`);
      if (Number.isNaN(start.getTime())) return reject(line, 'started_at must be an ISO 8601 date-time');
      if (!(minutes > 0 && minutes <= 1440)) return reject(line, 'duration_min must be within 1–1440');
      const date = localDate(start, tz);
      const device = r.energy_kcal ? csvNumber(r.energy_kcal) : null;
      const distance = r.distance_m ? csvNumber(r.distance_m) : null;
      if (device !== null && !(device >= 0)) return reject(line, 'energy_kcal must be a number of kcal');
      if (distance !== null && !(distance >= 0)) return reject(line, 'distance_m must be a number of metres');
      const kg = weights.on(date);
      if (!(device && device > 0) && !kg)
        return reject(line, 'no weight logged on or before this date and no energy_kcal given');
      rows.push({
        userId,
        date,
        startedAt: start,
        activityKey: type.key,
        metCode: type.code,
        met: type.met,
        durationMin: minutes,
        distanceM: distance || null,
        energyKcal:
          Math.round((device && device > 0 ? device : metEnergyKcal(type.met, kg ?? 0, minutes)) * 10) / 10,
        energyMethod: device && device > 0 ? 'device' : 'met',
        weightKg: kg,
        source: 'csv',
        externalId: `csv:${type.key}:${start.toISOString()}`,
        note: r.note ? r.note.slice(0, 1000) : null,
      });
    });
    const bytes = (await stat(path)).size;
    const counts: ImportCounts = {
      activities: 0,
      stepDays: steps.length,
      weights: 0,
      skipped: errors.count,
    };
    // Rows checked but not written yet are counted as they are written, batch by batch.
    const checked = errors.count + steps.length;
    for (let i = 0; i < rows.length; i += 500) {
      counts.activities += await this.activities.importActivities(userId, rows.slice(i, i + 500));
      const done = Math.min(i + 500, rows.length);
      await onProgress({
        bytesRead: Math.round((bytes * done) / Math.max(rows.length, 1)),
        bytesTotal: bytes,
        counts,
        rows: checked + done,
        rejects: errors.list,
      });
    }
    await this.activities.importSteps(userId, 'csv', steps);
    const outcome = { counts, rows: records.length, rejects: errors.list };
    await onProgress({ bytesRead: bytes, bytesTotal: bytes, ...outcome });
    return outcome;
  }
}

async function readRecords(path: string): Promise<Record<string, string>[]> {
  try {
    return await csvRecords(createReadStream(path, { encoding: 'utf8' }));
  } catch (e) {
    // Trying again would read the same text: fail the job at once, with the line in its error.
    if (e instanceof CsvSyntaxError) throw new UnrecoverableError(e.message);
    throw e;
  }
}
