import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import { BodyMetricsService, UserClock } from '@welness/goals';
import { APPLE_WORKOUT_TYPES, kjToKcal, localDate, metActivity, metEnergyKcal } from '@welness/nutrition';
import { ActivitiesService } from '../activities/activities.service';
import { NewActivity } from '../activities/activities.repository';
import { ImportCounts } from './activity-import.entity';
import { AppleHealthScanner, XmlTag, parseAppleDate } from './apple-health.scanner';
import { ImportOutcome, ProgressFn, RejectLog } from './import-progress';
import { WeightLookup } from './weight-lookup';
import { findZipEntry, isZip } from './zip-entry.reader';

const BATCH = 500;
const STEPS = 'HKQuantityTypeIdentifierStepCount';
const ACTIVE = 'HKQuantityTypeIdentifierActiveEnergyBurned';
const MASS = 'HKQuantityTypeIdentifierBodyMass';

const MINUTES: Record<string, number> = { min: 1, s: 1 / 60, hr: 60, h: 60 };
const METRES: Record<string, number> = { m: 1, km: 1000, mi: 1609.344, ft: 0.3048, yd: 0.9144 };

function energyKcal(value: string | undefined, unit: string | undefined): number | null {
  const v = Number(value);
  if (!value || !Number.isFinite(v)) return null;
  if (unit === 'kJ') return kjToKcal(v);
  return unit === 'kcal' || unit === 'Cal' || unit === undefined ? v : null;
}

/** "HKWorkoutActivityTypeRunning" → "Running", for the rejects report. */
function shortType(type: string | undefined): string {
  return (type ?? '?').replace(/^HK(WorkoutActivityType|QuantityTypeIdentifier|CategoryTypeIdentifier)/, '');
}

/** The workout type kept in an activity's external id (`ah:<type>:<start>`). */
function workoutName(externalId: string | null): string {
  return shortType(externalId?.split(':')[1]);
}

/**
 * Streams an Apple Health export: workouts become activities (device energy when recorded,
 * else MET × weight), step counts and active energy are summed per local day and source, body
 * mass becomes weigh-ins. Only per-day aggregates and one batch of workouts are held in memory.
 */
@Injectable()
export class AppleHealthImporter {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly body: BodyMetricsService,
    private readonly clock: UserClock,
  ) {}

  async run(userId: string, path: string, onProgress: ProgressFn): Promise<ImportOutcome> {
    const tz = await this.clock.timeZone(userId);
    // Apple's share sheet gives export.zip; export.xml inside it is streamed without extracting.
    let read = 0;
    let total: number;
    let stream: AsyncIterable<Buffer>;
    let zipped = false;
    if (await isZip(path)) {
      const entry = await findZipEntry(path, (name) => /(^|\/)export\.xml$/.test(name));
      if (!entry)
        throw new Error(
          'the archive has no export.xml; upload the Apple Health export.zip or its export.xml',
        );
      total = entry.compressedSize;
      zipped = true;
      stream = entry.open((n) => (read += n));
    } else {
      total = (await stat(path)).size;
      stream = createReadStream(path, { highWaterMark: 64 * 1024 });
    }
    const counts: ImportCounts = { activities: 0, stepDays: 0, weights: 0, skipped: 0 };
    const rejects = new RejectLog();
    const skip = (message: string) => {
      rejects.add(null, message);
      counts.skipped = rejects.count;
    };
    let handled = 0;
    const steps = new Map<string, Map<string, number>>();
    const active = new Map<string, Map<string, number>>();
    const weights = new Map<string, number>();
    const weightLookup = await WeightLookup.load(this.body, userId);
    let pending: NewActivity[] = [];
    let open: (NewActivity & { hasDeviceEnergy: boolean }) | null = null;

    const flush = async (force: boolean) => {
      if (pending.length >= BATCH || (force && pending.length)) {
        counts.activities += await this.activities.importActivities(userId, pending);
        pending = [];
      }
    };
    const closeWorkout = () => {
      if (!open) return;
      const { hasDeviceEnergy: _h, ...row } = open;
      if (row.energyKcal > 0) pending.push(row);
      else
        skip(
          `Workout ${workoutName(row.externalId)} on ${row.date}: no energy recorded and no weight logged on or before that day`,
        );
      open = null;
    };
    const add = (m: Map<string, Map<string, number>>, date: string, source: string, v: number) => {
      const bySource = m.get(date) ?? new Map<string, number>();
      bySource.set(source, (bySource.get(source) ?? 0) + v);
      m.set(date, bySource);
    };

    const handle = (t: XmlTag) => {
      if (t.name === 'Record') {
        handled++;
        const start = parseAppleDate(t.attrs.startDate);
        if (!start)
          return skip(
            `Record ${shortType(t.attrs.type)}: startDate "${t.attrs.startDate ?? ''}" is not a date`,
          );
        const date = localDate(start, tz);
        const source = (t.attrs.sourceName ?? 'apple-health').slice(0, 100);
        if (t.attrs.type === STEPS) add(steps, date, source, Number(t.attrs.value) || 0);
        else if (t.attrs.type === ACTIVE)
          add(active, date, source, energyKcal(t.attrs.value, t.attrs.unit) ?? 0);
        else if (t.attrs.type === MASS) {
          const v = Number(t.attrs.value);
          const kg = t.attrs.unit === 'lb' ? v * 0.45359237 : t.attrs.unit === 'g' ? v / 1000 : v;
          if (kg > 20 && kg < 500) {
            weights.set(date, kg);
            weightLookup.add(date, kg);
          } else
            skip(
              `Record BodyMass on ${date}: "${t.attrs.value ?? ''} ${t.attrs.unit ?? ''}" is not a body weight`,
            );
        }
        return;
      }
      if (t.name === 'WorkoutStatistics') {
        if (open && !open.hasDeviceEnergy && t.attrs.type === ACTIVE) {
          const kcal = energyKcal(t.attrs.sum, t.attrs.unit);
          if (kcal && kcal > 0)
            Object.assign(open, {
              energyKcal: Math.round(kcal * 10) / 10,
              energyMethod: 'device',
              hasDeviceEnergy: true,
            });
        }
        return;
      }
      // Workout
      closeWorkout();
      handled++;
      const start = parseAppleDate(t.attrs.startDate);
      const type = metActivity(APPLE_WORKOUT_TYPES[t.attrs.workoutActivityType ?? ''] ?? 'health_club');
      const minutes = Number(t.attrs.duration) * (MINUTES[t.attrs.durationUnit ?? 'min'] ?? NaN);
      const what = `Workout ${shortType(t.attrs.workoutActivityType)}`;
      if (!start) return skip(`${what}: startDate "${t.attrs.startDate ?? ''}" is not a date`);
      if (!type) return skip(`${what}: unknown workout type`);
      if (!(minutes > 0))
        return skip(
          `${what} on ${localDate(start, tz)}: duration "${t.attrs.duration ?? ''}" is not a positive number`,
        );
      const date = localDate(start, tz);
      const distance = Number(t.attrs.totalDistance) * (METRES[t.attrs.totalDistanceUnit ?? ''] ?? NaN);
      const device = energyKcal(t.attrs.totalEnergyBurned, t.attrs.totalEnergyBurnedUnit);
      const kg = weightLookup.on(date);
      const met = kg ? metEnergyKcal(type.met, kg, minutes) : 0;
      open = {
        userId,
        date,
        startedAt: start,
        activityKey: type.key,
        metCode: type.code,
        met: type.met,
        durationMin: Math.round(minutes * 100) / 100,
        distanceM: Number.isFinite(distance) ? Math.round(distance) : null,
        energyKcal: Math.round((device && device > 0 ? device : met) * 10) / 10,
        energyMethod: device && device > 0 ? 'device' : 'met',
        weightKg: kg,
        source: 'apple-health',
        externalId: `ah:${t.attrs.workoutActivityType}:${start.toISOString()}`,
        note: null,
        hasDeviceEnergy: !!device && device > 0,
      };
    };

    const scanner = new AppleHealthScanner();
    let lastReport = 0;
    for await (const chunk of stream) {
      // Progress counts file bytes: compressed ones (counted by the zip reader) for an archive.
      if (!zipped) read += chunk.length;
      for (const tag of scanner.push(chunk)) {
        if (tag.name === 'Workout') await flush(false);
        handle(tag);
      }
      await flush(false);
      if (read - lastReport > total / 50) {
        lastReport = read;
        await onProgress({
          bytesRead: read,
          bytesTotal: total,
          counts,
          rows: handled,
          rejects: rejects.list,
        });
      }
    }
    closeWorkout();
    await flush(true);

    // Phone and watch count the same steps: each source is kept, the day shows the largest.
    const days = new Set([...steps.keys(), ...active.keys()]);
    const rows: { date: string; steps: number; activeEnergyKcal: number | null }[] = [];
    for (const date of days) {
      const s = steps.get(date);
      const a = active.get(date);
      rows.push({
        date,
        steps: s ? Math.round(Math.max(...s.values())) : 0,
        activeEnergyKcal: a ? Math.round(Math.max(...a.values()) * 10) / 10 : null,
      });
    }
    for (let i = 0; i < rows.length; i += BATCH)
      await this.activities.importSteps(userId, 'apple-health', rows.slice(i, i + BATCH));
    counts.stepDays = rows.length;
    await this.body.logWeights(
      userId,
      [...weights].map(([date, weightKg]) => ({ date, weightKg, source: 'apple-health' })),
    );
    counts.weights = weights.size;
    const outcome = { counts, rows: handled, rejects: rejects.list };
    await onProgress({ bytesRead: total, bytesTotal: total, ...outcome });
    return outcome;
  }
}
