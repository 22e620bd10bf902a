import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OFF_DATA_DIR } from '@welness/testing';

export { OFF_DATA_DIR };

export const offFiles = (): string[] => readdirSync(OFF_DATA_DIR).filter((f) => f.endsWith('.jsonl')).sort();

export function readRecords(file: string): Record<string, unknown>[] {
  return readFileSync(join(OFF_DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * Turns the CSV-derived JSONL back into OFF's tab-separated export: a header with every
 * column, one row per product, empty cells where the row had none.
 */
export function toOffCsv(records: readonly Record<string, unknown>[]): string {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const clean = (v: unknown): string => (v === undefined || v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));
  return [columns.join('\t'), ...records.map((r) => columns.map((c) => clean(r[c])).join('\t'))].join('\n') + '\n';
}

/** A temporary IMPORTS_DIR holding every fixture file, plus CSV and gzipped variants. */
export function makeImportsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'facts-imports-'));
  for (const file of offFiles()) copyFileSync(join(OFF_DATA_DIR, file), join(dir, file));
  const csv = toOffCsv(readRecords('off-csv-2026-random1000.jsonl'));
  writeFileSync(join(dir, 'off-csv-2026-random1000.csv.gz'), gzipSync(csv));
  writeFileSync(join(dir, 'off-dump-2026-sample100.jsonl.gz'), gzipSync(readFileSync(join(OFF_DATA_DIR, 'off-dump-2026-sample100.jsonl'))));
  // Real records interleaved with the kinds of lines a dump or a bad download can hold.
  const real = readFileSync(join(OFF_DATA_DIR, 'off-api-2017-53.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).slice(0, 5);
  const broken = ['{"code":"","product_name":"no code"}', '{"code":"12ab34","product_name":"letters"}', '{"code":"4006381333931", "product_name": "truncated', '["not","an","object"]'];
  writeFileSync(join(dir, 'off-with-broken-lines.jsonl'), [real[0], broken[0], real[1], broken[1], real[2], broken[2], real[3], broken[3], real[4]].join('\n') + '\n');
  return dir;
}
