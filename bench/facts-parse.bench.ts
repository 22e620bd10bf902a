import { fork } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
// The light entry point: the facts index would load Nest and the stores into each measured process.
import { parseWithoutSink } from '@welness/facts/parse-only';

export interface ParseRun {
  docs: number;
  seconds: number;
  docsPerSec: number;
  /** CPU time of the whole process (all threads): the cost per document, whatever else runs on the machine. */
  cpuSeconds: number;
  docsPerCpuSecond: number;
  peakRssMb: number;
}

function cpuClock(): () => number {
  const start = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };
}

function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  return {
    stop() {
      clearInterval(timer);
      // maxRSS also catches a peak between two samples.
      return Math.round(Math.max(peak, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024) / 1048576);
    },
  };
}

/** The baseline: one core, gunzip, split lines, JSON.parse each; nothing else. */
export async function bareLoop(path: string): Promise<ParseRun> {
  const rss = rssSampler();
  const cpu = cpuClock();
  const started = performance.now();
  let docs = 0;
  let carry = '';
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }).pipe(createGunzip({ chunkSize: 256 * 1024 })) as AsyncIterable<Buffer>) {
    const lines = (carry + chunk.toString('utf8')).split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) {
      if (line.length === 0) continue;
      JSON.parse(line);
      docs += 1;
    }
  }
  if (carry.length > 0) {
    JSON.parse(carry);
    docs += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpu();
  return { docs, seconds, docsPerSec: Math.round(docs / seconds), cpuSeconds, docsPerCpuSecond: Math.round(docs / cpuSeconds), peakRssMb: rss.stop() };
}

/**
 * The import's own read → batch → parse + normalize stages (worker threads) with the sink
 * disabled: documents are dropped where they are built, in the worker threads.
 */
export async function pipeline(path: string, threads: number, batchSize = 50): Promise<ParseRun & { rejected: number }> {
  const rss = rssSampler();
  const cpu = cpuClock();
  const started = performance.now();
  const { docs, rejected } = await parseWithoutSink(path, threads, batchSize);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpu();
  return { docs, rejected, seconds, docsPerSec: Math.round(docs / seconds), cpuSeconds, docsPerCpuSecond: Math.round(docs / cpuSeconds), peakRssMb: rss.stop() };
}

/**
 * One measurement in a fresh process: the bare loop's garbage must not count towards the
 * pipeline's peak RSS (or the other way round), and each starts with a cold heap.
 */
export function isolated(kind: 'bare' | 'pipeline', path: string, threads = 2): Promise<ParseRun & { rejected?: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [kind, path, String(threads)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (run) => resolve(run as ParseRun));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`${kind} run exited with ${code}`))));
  });
}

if (require.main === module && process.send) {
  const [kind, path, threads] = process.argv.slice(2);
  const run = kind === 'bare' ? bareLoop(path) : pipeline(path, Number(threads));
  void run.then((result) => process.send!(result, () => process.exit(0)));
}
