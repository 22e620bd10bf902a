import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The Open Food Facts sample bundled with the repo (data/off-sample, ODbL). */
const SAMPLE = resolve(__dirname, '../../../../data/off-sample/products.jsonl.gz');

/** Writes the first `lines` sample records to `dir/name` (an import source) and returns them. */
export function writeOffSample(dir: string, name: string, lines: number): Record<string, unknown>[] {
  const records = gunzipSync(readFileSync(SAMPLE)).toString('utf8').split('\n').filter(Boolean).slice(0, lines);
  writeFileSync(join(dir, name), records.join('\n') + '\n');
  return records.map((l) => JSON.parse(l) as Record<string, unknown>);
}
