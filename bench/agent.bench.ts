import { ConversationService, NullSink, TurnService } from '@welness/agents';
import { createTestApp, signUp, startFakeOpenAi } from '@welness/testing';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { benchModel } from './agent-model';
import type { ModelAnswer, ModelRequest } from './agent-model.process';
import { cpus, loadavg } from 'node:os';
import { median, percentile, writeResult } from './bench-utils';

/**
 * npm run bench:agent — with the fake OpenAI-compatible model answering instantly:
 *  1. agent overhead per turn (memory load, history + prompt build, tool execution, safety,
 *     persistence in one statement) = turn wall time minus time waiting on the model,
 *     measured in-process over 300 turns (half of them with a tool call), on a conversation
 *     with a growing history; target p95 ≤ 25 ms. Run twice: with the default durable commit
 *     and with AGENT_ASYNC_COMMIT=true, which shows how much of it is the disk's fsync;
 *  2. first SSE token: from the fake model writing its first chunk to the client reading the
 *     first `token` event over HTTP (wall clock with sub-ms precision), 100 turns; target ≤ 50 ms.
 * The fake model runs in its own process (bench/agent-model.process.ts), as a real one would.
 */
const TURNS = 300;
const ROUNDS = 5;
const SSE_TURNS = 100;

async function readFirstToken(res: Response): Promise<number> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  let first = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    if (!first && buf.includes('event: token')) first = performance.timeOrigin + performance.now();
  }
  return first;
}

interface ModelHandle {
  baseURL: string;
  ask: (m: ModelRequest) => Promise<ModelAnswer>;
  stop: () => Promise<void>;
}

/**
 * The fake model: its own process by default (as a real model would be), or in this process
 * with AGENT_BENCH_MODEL=in-process (then its CPU competes with the agent's).
 */
async function startModel(): Promise<ModelHandle> {
  if (process.env.AGENT_BENCH_MODEL === 'in-process') {
    const fake = await startFakeOpenAi(benchModel);
    return {
      baseURL: fake.baseURL,
      ask: async (m) =>
        m.type === 'count'
          ? { type: 'count', n: fake.requests.length }
          : {
              type: 'first-chunk',
              at: m.type === 'first-chunk' ? performance.timeOrigin + fake.firstChunkAt[m.index] : 0,
            },
      stop: () => fake.close(),
    };
  }
  const { child, baseURL, ask } = await forkModel();
  return { baseURL, ask, stop: async () => void child.send({ type: 'stop' } satisfies ModelRequest) };
}

async function forkModel(): Promise<{
  child: ChildProcess;
  baseURL: string;
  ask: (m: ModelRequest) => Promise<ModelAnswer>;
}> {
  const child = fork(join(__dirname, 'agent-model.process.js'), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<ModelAnswer>((resolve) => child.once('message', (m: ModelAnswer) => resolve(m)));
  const ready = await next();
  if (ready.type !== 'ready') throw new Error('the fake model did not start');
  return { child, baseURL: ready.baseURL, ask: (m) => (child.send(m), next()) };
}

type Stat = { p50: number; p95: number; max: number; n: number };
const stat = (xs: number[]): Stat => ({
  p50: +median(xs).toFixed(2),
  p95: +percentile(xs, 95).toFixed(2),
  max: +Math.max(...xs).toFixed(2),
  n: xs.length,
});

interface Samples {
  all: number[];
  withTool: number[];
  textOnly: number[];
  model: number[];
  load: number[];
  tools: number[];
  persist: number[];
  roundP95: number[];
  cpuMs: number;
}

/** An app with a user and a conversation, turned by TurnService directly. */
async function overheadApp(baseURL: string, asyncCommit: boolean) {
  const t = await createTestApp({
    AGENT_LLM_BASE_URL: baseURL,
    AGENT_LLM_MODEL: 'fake',
    AGENT_LLM_COOLDOWN_MS: '0',
    AGENT_ASYNC_COMMIT: String(asyncCommit),
    LOG_LEVEL: 'silent',
  });
  const user = await signUp(t);
  const turns = t.app.get(TurnService);
  const conv = (await t.app.get(ConversationService).create(user.id, {})).conversation;
  const samples: Samples = {
    all: [],
    withTool: [],
    textOnly: [],
    model: [],
    load: [],
    tools: [],
    persist: [],
    roundP95: [],
    cpuMs: 0,
  };
  const say = (i: number) =>
    i % 4 === 1
      ? `note ${i} likes oats for breakfast`
      : i % 4 === 3
        ? `find ${i}`
        : `what should I eat for breakfast, day ${i}?`;
  let n = 0;
  const round = async (count: number, record: boolean) => {
    const cpu = process.cpuUsage();
    const mine: number[] = [];
    for (let i = 0; i < count; i++, n++) {
      const r = await turns.run(user.id, conv.id, say(n), new NullSink());
      if (r.engine !== 'llm') throw new Error(`turn ${n} fell back to ${r.engine}`);
      if (!record) continue;
      mine.push(r.timing.overheadMs);
      samples.all.push(r.timing.overheadMs);
      samples.model.push(r.timing.modelMs);
      samples.load.push(r.timing.loadMs);
      samples.tools.push(r.timing.toolMs);
      samples.persist.push(r.timing.persistMs);
      (r.toolCalls.length ? samples.withTool : samples.textOnly).push(r.timing.overheadMs);
    }
    if (record) {
      const used = process.cpuUsage(cpu);
      samples.cpuMs += (used.user + used.system) / 1000;
      samples.roundP95.push(+percentile(mine, 95).toFixed(2));
    }
  };
  return { t, samples, round };
}

function summary(s: Samples) {
  return {
    overheadPerTurnMs: { ...stat(s.all), target: { p95: 25 } },
    p95PerRoundMs: s.roundP95,
    medianRoundP95Ms: +median(s.roundP95).toFixed(2),
    withToolCallMs: stat(s.withTool),
    textOnlyMs: stat(s.textOnly),
    fakeModelTimeMs: stat(s.model),
    phasesMs: { load: stat(s.load), tools: stat(s.tools), persist: stat(s.persist) },
    // CPU of the agent's process (agent, Nest, pg/redis clients) per measured turn; the model runs elsewhere.
    processCpuMsPerTurn: +(s.cpuMs / s.all.length).toFixed(2),
  };
}

/** Milliseconds from the fake model's first chunk to the client reading the first `token` event. */
async function sseRun(baseURL: string, ask: (m: ModelRequest) => Promise<ModelAnswer>): Promise<Stat> {
  const t = await createTestApp({
    AGENT_LLM_BASE_URL: baseURL,
    AGENT_LLM_MODEL: 'fake',
    AGENT_LLM_COOLDOWN_MS: '0',
    LOG_LEVEL: 'silent',
  });
  try {
    const user = await signUp(t);
    const conv = (await t.app.get(ConversationService).create(user.id, {})).conversation;
    const gaps: number[] = [];
    for (let i = 0; i < SSE_TURNS + 10; i++) {
      const before = ((await ask({ type: 'count' })) as { n: number }).n;
      const res = await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}/messages`, {
        method: 'POST',
        headers: { ...user.headers, accept: 'text/event-stream' },
        body: JSON.stringify({ text: `what should I eat for lunch, day ${i}?` }),
      });
      const firstTokenAt = await readFirstToken(res);
      const firstChunkAt = ((await ask({ type: 'first-chunk', index: before })) as { at: number }).at;
      if (i >= 10) gaps.push(firstTokenAt - firstChunkAt);
    }
    return stat(gaps);
  } finally {
    await t.close();
  }
}

async function main(): Promise<void> {
  const model = await startModel();
  const fake = { baseURL: model.baseURL };
  try {
    const loadBefore = loadavg().map((x) => +x.toFixed(2));
    const durableApp = await overheadApp(fake.baseURL, false);
    const asyncApp = await overheadApp(fake.baseURL, true);
    let durable: ReturnType<typeof summary>;
    let asyncCommit: ReturnType<typeof summary>;
    try {
      await durableApp.round(30, false); // warm-up
      await asyncApp.round(30, false);
      // Interleaved rounds so both variants see the same background load.
      for (let r = 0; r < ROUNDS; r++) {
        await durableApp.round(TURNS / ROUNDS, true);
        await asyncApp.round(TURNS / ROUNDS, true);
      }
      durable = summary(durableApp.samples);
      asyncCommit = summary(asyncApp.samples);
    } finally {
      await durableApp.t.close();
      await asyncApp.t.close();
    }
    const sse = await sseRun(fake.baseURL, model.ask);
    const result = {
      date: new Date().toISOString(),
      model: process.env.AGENT_BENCH_MODEL === 'in-process' ? 'in-process' : 'own process',
      loadAverage: { before: loadBefore, after: loadavg().map((x) => +x.toFixed(2)), cores: cpus().length },
      durableCommit: durable,
      asyncCommit,
      firstSseTokenAfterModelChunkMs: { ...sse, target: { p95: 50 } },
    };
    const file = writeResult('agent', result);
    for (const [label, r] of [
      ['durable commit (default)', durable],
      ['AGENT_ASYNC_COMMIT=true', asyncCommit],
    ] as const) {
      console.log(
        `agent overhead per turn, ${label}: p50 ${r.overheadPerTurnMs.p50} ms, p95 ${r.overheadPerTurnMs.p95} ms (target p95 ≤ 25 ms; n=${r.overheadPerTurnMs.n})`,
      );
      console.log(
        `  with a tool call p50/p95 ${r.withToolCallMs.p50}/${r.withToolCallMs.p95} ms; text only ${r.textOnlyMs.p50}/${r.textOnlyMs.p95} ms`,
      );
      console.log(
        `  p95 per round of ${TURNS / ROUNDS}: ${r.p95PerRoundMs.join(', ')} ms (median ${r.medianRoundP95Ms} ms); process CPU ${r.processCpuMsPerTurn} ms per turn`,
      );
      console.log(
        `  phases p50/p95: load ${r.phasesMs.load.p50}/${r.phasesMs.load.p95}, tools ${r.phasesMs.tools.p50}/${r.phasesMs.tools.p95}, persist ${r.phasesMs.persist.p50}/${r.phasesMs.persist.p95} ms`,
      );
    }
    console.log(
      `first SSE token after the model's first chunk: p50 ${sse.p50} ms, p95 ${sse.p95} ms (target ≤ 50 ms; n=${sse.n})`,
    );
    console.log(`fake model: ${result.model}`);
    console.log(
      `load average ${result.loadAverage.before.join(' ')} → ${result.loadAverage.after.join(' ')} on ${result.loadAverage.cores} cores`,
    );
    console.log(`wrote ${file}`);
  } finally {
    await model.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
