import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  MetricsModule,
  MongoModule,
  PinoNestLogger,
  PrivacyModule,
  QueueModule,
  RedisModule,
  createLogger,
  loadConfigOrExit,
} from '@welness/platform';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { FactsModule, factsDatabase } from '../facts.module';
import { ImportRunner } from '../imports/import.runner';
import { isUrl } from '../imports/import-source';
import { ImportsService } from '../imports/imports.service';
import type { ImportFormat } from '../imports/product-import.entity';

const USAGE = `usage: npm run facts:import -- <path-or-url> [--format jsonl|csv|delta] [--queue]
  Imports an Open Food Facts export into the catalogue, here and now (or on the worker with --queue).
  Re-running the same source resumes its unfinished import from the checkpoint.`;

interface Args {
  source: string;
  format?: ImportFormat;
  queue: boolean;
}

function parseArgs(argv: string[]): Args {
  let source: string | undefined;
  let format: ImportFormat | undefined;
  let queue = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'jsonl' && value !== 'csv' && value !== 'delta') throw new Error(`--format must be jsonl, csv or delta`);
      format = value;
    } else if (arg === '--queue') queue = true;
    else if (arg === '--help' || arg === '-h') throw new Error('');
    else if (!source && !arg.startsWith('--')) source = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (!source) throw new Error('a source path or URL is required');
  return { source: isUrl(source) ? source : resolve(source), format, queue };
}

/** Only what an import needs: the platform stores and the facts module, no HTTP, no worker. */
@Module({})
class FactsCliModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: FactsCliModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(factsDatabase),
        MongoModule,
        RedisModule,
        PrivacyModule,
        QueueModule.forRoot({ runWorker: false }),
        MetricsModule,
        FactsModule,
      ],
    };
  }
}

const mb = (bytes: number | null): string => (bytes === null ? '?' : `${(bytes / 1048576).toFixed(1)} MB`);

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    const message = (err as Error).message;
    process.stderr.write(`${message ? `${message}\n` : ''}${USAGE}\n`);
    return 2;
  }
  // The operator is importing: the boot-time sample import must not run alongside.
  const config = loadConfigOrExit({ ...process.env, FACTS_SEED_SAMPLE: 'false' });
  const logger = createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  const app = await NestFactory.createApplicationContext(FactsCliModule.forRoot(config, logger), { logger: new PinoNestLogger(logger) });
  try {
    const imports = app.get(ImportsService);
    const row = await imports.create(args.source, args.format, null);
    if (args.queue) {
      await imports.enqueue(row);
      process.stdout.write(`queued import ${row.id} (${row.format}); follow it with GET /api/v1/admin/imports/${row.id}\n`);
      return 0;
    }
    process.stdout.write(`import ${row.id}: ${row.source} (${row.format})${row.checkpointLine > 0 ? `, resuming after line ${row.checkpointLine}` : ''}\n`);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let last = 0;
    try {
      const done = await app.get(ImportRunner).run(row.id, {
        signal: stop.signal,
        onProgress: (p) => {
          if (Date.now() - last < 2000) return;
          last = Date.now();
          const pct = p.totalBytes ? ` (${((100 * p.bytesRead) / p.totalBytes).toFixed(1)}%)` : '';
          process.stdout.write(
            `  ${p.processed} rows: ${p.inserted} inserted, ${p.updated} updated, ${p.rejected} rejected; ${mb(p.bytesRead)} of ${mb(p.totalBytes)}${pct}; ${p.rowsPerSecond ?? '?'} rows/s; ETA ${p.etaSeconds ?? '?'} s\n`,
          );
        },
      });
      process.stdout.write(
        `completed: ${done.processed} rows, ${done.inserted} inserted, ${done.updated} updated, ${done.rejected} rejected, ${done.rowsPerSecond ?? '?'} rows/s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
      );
      for (const [reason, bucket] of Object.entries(done.rejects)) {
        process.stdout.write(`  rejected ×${bucket.count}: ${reason} (e.g. line ${bucket.samples.map((s) => s.line).join(', ')})\n`);
      }
      return 0;
    } catch (err) {
      if (stop.signal.aborted) {
        process.stdout.write(`stopped; run the same command again to resume import ${row.id}\n`);
        return 130;
      }
      throw err;
    }
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`facts import failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
