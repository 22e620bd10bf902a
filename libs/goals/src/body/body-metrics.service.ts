import { Injectable } from '@nestjs/common';
import { DayChanges, badRequest, notFound } from '@welness/platform';
import { TrendPoint, addDays, isIsoDate, smoothWeights } from '@welness/nutrition';
import { clientCsvRecords, csvNumber, toCsv } from './body-csv';
import { BodyMeasurement } from './body-measurement.entity';
import { BODY_LIMITS } from './body-metrics.dto';
import { BodyMetricsRepository, WeightInput } from './body-metrics.repository';
import { BodyWeightEntry } from './body-weight.entity';

export interface CsvImportResult {
  weights: number;
  measurements: number;
  errors: { line: number; message: string }[];
}

@Injectable()
export class BodyMetricsService {
  constructor(
    private readonly repo: BodyMetricsRepository,
    private readonly days: DayChanges,
  ) {}

  async logWeight(userId: string, input: WeightInput): Promise<BodyWeightEntry> {
    await this.repo.upsertWeights(userId, [input]);
    // Targets and activity energy use the weight on or before each date: later days change too.
    await this.days.dayChanged(userId, input.date);
    const saved = await this.repo.weightOn(userId, input.date);
    if (!saved) throw notFound('Weight entry');
    return saved;
  }

  /** Bulk path for importers (Apple Health body mass): one upsert, one signal. */
  async logWeights(userId: string, inputs: WeightInput[]): Promise<void> {
    if (!inputs.length) return;
    await this.repo.upsertWeights(userId, inputs);
    const first = inputs.reduce((min, r) => (r.date < min ? r.date : min), inputs[0].date);
    await this.days.dayChanged(userId, first);
  }

  weights(userId: string, from?: string, to?: string): Promise<BodyWeightEntry[]> {
    return this.repo.listWeights(userId, from, to);
  }

  async trend(userId: string, from?: string, to?: string): Promise<TrendPoint[]> {
    // 120 days of lead-in is enough for the smoothing to forget its start (0.9^120 ≈ 3e-6).
    const rows = await this.repo.weightPoints(userId, from ? addDays(from, -120) : undefined, to);
    const trend = smoothWeights(rows);
    return from ? trend.filter((p) => p.date >= from) : trend;
  }

  /** Weight in kg on a date (latest weigh-in on or before it), null when never weighed. */
  async weightOn(userId: string, date: string): Promise<number | null> {
    return (await this.repo.weightOn(userId, date))?.weightKg ?? null;
  }

  latestOn(
    userId: string,
    date: string,
  ): Promise<{ weightKg: number | null; bodyFatPercent: number | null }> {
    return this.repo.latestOn(userId, date);
  }

  bodyFatOn(userId: string, date: string): Promise<number | null> {
    return this.repo.bodyFatOn(userId, date);
  }

  async deleteWeight(userId: string, id: string): Promise<void> {
    const row = await this.repo.findWeight(userId, id);
    if (!row) throw notFound('Weight entry');
    await this.repo.deleteWeight(userId, id);
    await this.days.dayChanged(userId, row.date);
  }

  addMeasurement(
    userId: string,
    m: { date: string; name: string; value: number; unit: string },
  ): Promise<BodyMeasurement[]> {
    return this.repo.addMeasurements(userId, [m]);
  }

  measurements(userId: string, name?: string): Promise<BodyMeasurement[]> {
    return this.repo.listMeasurements(userId, name);
  }

  async deleteMeasurement(userId: string, id: string): Promise<void> {
    if (!(await this.repo.deleteMeasurement(userId, id))) throw notFound('Measurement');
  }

  /**
   * CSV with a header; rows carry either a weight (`date,weight_kg[,body_fat_percent]`) or a
   * measurement (`date,name,value,unit`). Bad rows are reported, good rows still land.
   */
  async importCsv(userId: string, text: string): Promise<CsvImportResult> {
    const records = await clientCsvRecords(text);
    if (!records.length) throw badRequest('csv-empty', 'The CSV has no data rows under a header.');
    const weights: WeightInput[] = [];
    const measures: { date: string; name: string; value: number; unit: string }[] = [];
    const errors: CsvImportResult['errors'] = [];
    records.forEach((r, i) => {
      const line = i + 2;
      if (!isIsoDate(r.date ?? '')) return errors.push({ line, message: 'date must be YYYY-MM-DD' });
      if (r.weight_kg) {
        const kg = csvNumber(r.weight_kg);
        const fat = r.body_fat_percent ? csvNumber(r.body_fat_percent) : null;
        if (!within(kg, BODY_LIMITS.weightKg)) return errors.push({ line, message: `weight_kg must be a number ${range(BODY_LIMITS.weightKg)}` });
        if (fat !== null && !within(fat, BODY_LIMITS.bodyFatPercent))
          return errors.push({ line, message: `body_fat_percent must be a number ${range(BODY_LIMITS.bodyFatPercent)}` });
        weights.push({ date: r.date, weightKg: kg, bodyFatPercent: fat, source: 'csv' });
      }
      if (r.name) {
        const value = csvNumber(r.value);
        if (!within(value, BODY_LIMITS.measurement) || !r.unit)
          return errors.push({ line, message: `a measurement needs a value ${range(BODY_LIMITS.measurement)} and a unit` });
        measures.push({ date: r.date, name: r.name.slice(0, 60), value, unit: r.unit.slice(0, 20) });
      }
      if (!r.weight_kg && !r.name) errors.push({ line, message: 'row has neither weight_kg nor name' });
    });
    await this.logWeights(userId, weights);
    if (measures.length) await this.repo.addMeasurements(userId, measures);
    return { weights: weights.length, measurements: measures.length, errors };
  }

  async exportCsv(userId: string): Promise<string> {
    const [weights, measures] = await Promise.all([
      this.repo.listWeights(userId),
      this.repo.listMeasurements(userId),
    ]);
    return toCsv(
      ['date', 'weight_kg', 'body_fat_percent', 'name', 'value', 'unit'],
      [
        ...weights.map((w) => [w.date, w.weightKg, w.bodyFatPercent, null, null, null]),
        ...measures.map((m) => [m.date, null, null, m.name, m.value, m.unit]),
      ],
    );
  }

  async exportData(userId: string): Promise<{ weights: BodyWeightEntry[]; measurements: BodyMeasurement[] }> {
    const [weights, measurements] = await Promise.all([
      this.repo.listWeights(userId),
      this.repo.listMeasurements(userId),
    ]);
    return { weights, measurements };
  }

  async erase(userId: string): Promise<void> {
    await this.repo.eraseUser(userId);
  }
}

type Limit = { min: number; max: number };
/** NaN (an empty or non-numeric cell) is never within. */
const within = (n: number, l: Limit) => n >= l.min && n <= l.max;
const range = (l: Limit) => `from ${l.min} to ${l.max}`;
