import Fastify from 'fastify';
import { loadavg } from 'node:os';
import { load, median, startApi, stop, writeResult } from './bench-utils';

/**
 * npm run bench:platform — API boot-to-ready (median of 5) and /health/live throughput
 * (autocannon, 100 connections, 10 s). Targets: boot ≤ 3 s; ≥ 15,000 req/s with p99 ≤ 20 ms.
 */
async function main(): Promise<void> {
  const port = 3900 + Math.floor(Math.random() * 50);
  const env = { DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/welness_bench' };
  const boots: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { child, readyMs } = await startApi(env, port);
    boots.push(Math.round(readyMs));
    await stop(child);
  }
  // A bare Fastify route on the same machine in the same run: the ceiling the app's own
  // pipeline (guard, validation, metrics, helmet) is measured against, whatever the load.
  const bare = Fastify();
  bare.get('/health/live', async () => ({ status: 'ok', uptimeSeconds: 1 }));
  await bare.listen({ port: port + 1, host: '127.0.0.1' });
  await load(`http://127.0.0.1:${port + 1}/health/live`, { duration: 2 });
  const bareLive = await load(`http://127.0.0.1:${port + 1}/health/live`, { connections: 100, duration: 10 });
  await bare.close();

  const { child } = await startApi(env, port);
  try {
    await load(`http://127.0.0.1:${port}/health/live`, { duration: 2 }); // warm-up
    const live = await load(`http://127.0.0.1:${port}/health/live`, { connections: 100, duration: 10 });
    const result = {
      // The 2-core machine may be shared; the 1-minute load average says how much.
      loadAverage1m: Number(loadavg()[0].toFixed(2)),
      bootToReadyMs: { median: median(boots), runs: boots, target: 3000 },
      healthLive: { ...live, targetRequestsPerSec: 15000, targetP99Ms: 20 },
      bareFastifySameRun: bareLive,
      ratioToBareFastify: Number((live.requestsPerSec / bareLive.requestsPerSec).toFixed(2)),
    };
    const file = writeResult('platform', result);
    console.log(`boot-to-ready median ${median(boots)} ms (runs ${boots.join(', ')}; target ≤ 3000 ms)`);
    console.log(`/health/live ${live.requestsPerSec} req/s, p50 ${live.p50Ms} ms, p99 ${live.p99Ms} ms, errors ${live.errors} (target ≥ 15000 req/s, p99 ≤ 20 ms)`);
    console.log(`bare Fastify route, same run: ${bareLive.requestsPerSec} req/s, p99 ${bareLive.p99Ms} ms (app/bare = ${(live.requestsPerSec / bareLive.requestsPerSec).toFixed(2)})`);
    console.log(`load average (1 min) ${loadavg()[0].toFixed(2)} on ${2} cores; wrote ${file}`);
  } finally {
    await stop(child);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
