import { createWriteStream, existsSync, readFileSync, renameSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { computeGs1CheckDigit } from '@welness/nutrition';
import { repoRoot } from './bench-utils';

export const OFF_DUMP_SAMPLE = resolve(repoRoot, '../shared/data/off/off-dump-2026-sample100.jsonl');

/** A valid EAN-13 per index, unlike any real code (prefix 39 is unassigned to retail here). */
export function benchCode(i: number): string {
  const payload = `39${String(i).padStart(10, '0')}`;
  return `${payload}${computeGs1CheckDigit(payload)}`;
}

/**
 * A dump-shaped .jsonl.gz of `count` products: the 100 real dump documents (schema 1003 and
 * legacy, ~20 KB each) in turn, each with a new code wherever its own code appeared (code,
 * _id, image paths). Cached in the temp dir: writing 4 GB through gzip takes minutes.
 */
export async function generateDump(count: number): Promise<{ path: string; averageBytes: number }> {
  const dir = join(tmpdir(), 'welness-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `off-dump-generated-${count}.jsonl.gz`);
  const templates = readFileSync(OFF_DUMP_SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const code = (JSON.parse(line) as { code: string }).code;
      return line.split(code);
    });
  const averageBytes = Math.round(templates.reduce((n, parts) => n + parts.join('0000000000000').length + 1, 0) / templates.length);
  if (existsSync(path)) return { path, averageBytes };
  const partial = `${path}.partial`;
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(partial));
  for (let i = 0; i < count; i += 1) {
    const line = `${templates[i % templates.length].join(benchCode(i))}\n`;
    if (!gzip.write(line)) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end();
  await new Promise<void>((res, rej) => out.on('finish', res).on('error', rej));
  renameSync(partial, path);
  return { path, averageBytes };
}
