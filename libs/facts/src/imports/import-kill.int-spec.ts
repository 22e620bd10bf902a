import { computeGs1CheckDigit } from '@welness/nutrition';
import { createIsolatedStores, type IsolatedStores } from '@welness/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MongoClient } from 'mongodb';
import { Client } from 'pg';
import { OFF_DATA_DIR } from '../../test/off-fixtures';

// The compiled CLI: the import runs in its own process, on worker threads, as in production.
// `npm test` builds the server before running the suites.
const CLI = resolve(__dirname, '../../../../dist/libs/facts/src/cli/facts-import.cli.js');
const PRODUCTS = 3000;
const BATCH = 100;

/** Dump-shaped products: the real dump documents in turn, each copy under its own valid EAN-13. */
function writeDump(dir: string): { path: string; codes: string[] } {
  const templates = readFileSync(join(OFF_DATA_DIR, 'off-dump-2026-sample100.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => line.split((JSON.parse(line) as { code: string }).code));
  const codes: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < PRODUCTS; i += 1) {
    const payload = `38${String(i).padStart(10, '0')}`;
    const code = `${payload}${computeGs1CheckDigit(payload)}`;
    codes.push(code);
    lines.push(templates[i % templates.length].join(code));
  }
  const path = join(dir, 'off-dump-kill.jsonl.gz');
  writeFileSync(path, gzipSync(`${lines.join('\n')}\n`));
  return { path, codes };
}

function runCli(path: string, env: Record<string, string>): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; output: string }> } {
  const child = spawn(process.execPath, [CLI, path], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', FACTS_IMPORT_BATCH_SIZE: String(BATCH), FACTS_IMPORT_THREADS: '2', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; output: string }>((res) =>
    child.once('exit', (code, signal) => res({ code, signal, output })),
  );
  return { child, done };
}

interface ImportRow {
  status: string;
  checkpoint_line: string;
  processed: number;
  inserted: number;
  updated: number;
  runs: number;
}

describe('an import whose process is SIGKILLed mid-file', () => {
  let stores: IsolatedStores;
  let pg: Client;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build:server\` first (npm test does)`);
    stores = await createIsolatedStores();
    pg = new Client({ connectionString: stores.env.DATABASE_URL });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await stores?.drop();
  });

  const importRow = async (): Promise<ImportRow | null> => {
    const exists = await pg.query(`SELECT to_regclass('product_imports') AS t`);
    if (!exists.rows[0].t) return null;
    const { rows } = await pg.query<ImportRow>('SELECT status, checkpoint_line, processed, inserted, updated, runs FROM product_imports');
    return rows[0] ?? null;
  };

  it('resumes from its checkpoint when run again and stores exactly the products of the file', async () => {
    const { path, codes } = writeDump(mkdtempSync(join(tmpdir(), 'facts-kill-')));

    const first = runCli(path, stores.env);
    let atKill: ImportRow | null = null;
    for (let i = 0; i < 2400 && !atKill; i += 1) {
      const row = await importRow();
      if (row && Number(row.checkpoint_line) >= 5 * BATCH) atKill = row;
      else await new Promise((r) => setTimeout(r, 25));
    }
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    // Killed after some checkpoints and well before the end of the file.
    expect(atKill).toMatchObject({ status: 'running' });
    expect(Number(atKill!.checkpoint_line)).toBeLessThan(PRODUCTS);

    const second = await runCli(path, stores.env).done;
    expect(second.code, second.output).toBe(0);
    const resumedAfter = Number(/resuming after line (\d+)/.exec(second.output)?.[1] ?? 0);
    expect(resumedAfter).toBeGreaterThanOrEqual(5 * BATCH);

    const done = await importRow();
    expect(done).toMatchObject({ status: 'completed', processed: PRODUCTS });
    expect(done!.runs).toBe(2);
    // Batches written after the last checkpoint the killed process saved are applied again
    // (replaced by code): they count as updated, never as new products.
    expect(done!.inserted + done!.updated).toBe(PRODUCTS);
    console.log(
      `SIGKILL at checkpoint line ${atKill!.checkpoint_line}; re-run resumed after line ${resumedAfter}; ` +
        `${done!.inserted} inserted, ${done!.updated} re-applied`,
    );

    const mongo = await MongoClient.connect(stores.env.MONGO_URL);
    try {
      const db = mongo.db(stores.env.MONGO_DB);
      const stored = await db.collection<{ _id: string }>('products').find({}, { projection: { _id: 1 } }).toArray();
      expect(stored.length).toBe(PRODUCTS);
      expect(new Set(stored.map((d) => d._id))).toEqual(new Set(codes));
      expect(await db.collection('product_sources').countDocuments()).toBe(PRODUCTS);
    } finally {
      await mongo.close();
    }
  }, 300_000);
});
