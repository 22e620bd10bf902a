/** Rows an import wrote, by kind, and those it skipped. */
export interface ImportCounts {
  activities: number;
  stepDays: number;
  weights: number;
  skipped: number;
}

/** A row (CSV) or element (Apple Health) an import left out, and why. */
export interface ImportReject {
  /** 1-based line of a CSV row; null where the file has no useful line (Apple Health XML). */
  line: number | null;
  message: string;
}

/** What an importer reports as it goes. */
export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  counts: ImportCounts;
  /** Rows (CSV) or records and workouts (Apple Health) handled so far, kept or not. */
  rows: number;
  rejects: readonly ImportReject[];
}

export type ProgressFn = (progress: ImportProgress) => Promise<void>;

/** An importer's final word. */
export type ImportOutcome = Omit<ImportProgress, 'bytesRead' | 'bytesTotal'>;

/** The report keeps this many rejects; `counts.skipped` still counts them all. */
export const MAX_REJECTS = 100;

/** Collects rejects for the report: every one counted, the first MAX_REJECTS kept. */
export class RejectLog {
  readonly list: ImportReject[] = [];
  count = 0;

  add(line: number | null, message: string): void {
    this.count++;
    if (this.list.length < MAX_REJECTS) this.list.push({ line, message: message.slice(0, 300) });
  }
}

/**
 * Throughput and time left, from what was done since the job started: rows per second over
 * the elapsed time, and the bytes left at the byte rate so far. Null until there is a rate.
 */
export function importRate(
  progress: Pick<ImportProgress, 'rows' | 'bytesRead' | 'bytesTotal'>,
  elapsedMs: number,
): { rowsPerSecond: number | null; etaSeconds: number | null } {
  if (!(elapsedMs > 0)) return { rowsPerSecond: null, etaSeconds: null };
  const seconds = elapsedMs / 1000;
  const rowsPerSecond = Math.round((progress.rows / seconds) * 10) / 10;
  const left = Math.max(0, progress.bytesTotal - progress.bytesRead);
  const bytesPerSecond = progress.bytesRead / seconds;
  const etaSeconds = left === 0 ? 0 : bytesPerSecond > 0 ? Math.ceil(left / bytesPerSecond) : null;
  return { rowsPerSecond, etaSeconds };
}
