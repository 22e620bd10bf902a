import { BodyMetricsService } from '@welness/goals';

/** Weight on a date (latest on or before it) from a preloaded, sorted list: one query per import. */
export class WeightLookup {
  private constructor(private readonly points: { date: string; kg: number }[]) {}

  static async load(body: BodyMetricsService, userId: string): Promise<WeightLookup> {
    const rows = await body.weights(userId);
    return new WeightLookup(rows.map((r) => ({ date: r.date, kg: r.weightKg })));
  }

  /** Adds a weigh-in found in the file being imported. */
  add(date: string, kg: number): void {
    const i = this.index(date);
    if (this.points[i - 1]?.date === date) this.points[i - 1].kg = kg;
    else this.points.splice(i, 0, { date, kg });
  }

  on(date: string): number | null {
    const i = this.index(date);
    return i > 0 ? this.points[i - 1].kg : null;
  }

  /** First index whose date is after `date`. */
  private index(date: string): number {
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid].date <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
