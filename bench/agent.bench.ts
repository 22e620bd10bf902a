import { ConversationService, NullSink, TurnService } from '@welness/agents';
import { FakeChatRequest, FakeReply, createTestApp, signUp, startFakeOpenAi } from '@welness/testing';
import { median, percentile, writeResult } from './bench-utils';

/**
 * npm run bench:agent — with the fake OpenAI-compatible model answering instantly:
 *  1. agent overhead per turn (memory load, history + prompt build, tool execution, safety,
 *     persistence in one transaction) = turn wall time minus time waiting on the model,
 *     measured in-process over 300 turns (half of them with a tool call), on a conversation
 *     with a growing history; target p95 ≤ 25 ms;
 *  2. first SSE token: from the fake model writing its first chunk to the client reading the
 *     first `token` event over HTTP (same process, same clock), 100 turns; target ≤ 50 ms.
 */
const TURNS = 300;
const SSE_TURNS = 100;

function model(req: FakeChatRequest): FakeReply {
  const last = req.messages[req.messages.length - 1];
  if (last.role === 'tool') return { kind: 'text', text: 'Done, I have noted that and will keep it in mind for your plan this week.' };
  const text = String(last.content ?? '');
  if (text.startsWith('note')) return { kind: 'tool_calls', calls: [{ name: 'memory_append', arguments: { label: 'human', text: `Preference ${text.slice(5, 40)}` } }] };
  if (text.startsWith('find')) return { kind: 'tool_calls', calls: [{ name: 'recall_search', arguments: { query: 'oats breakfast' } }] };
  return { kind: 'text', text: 'Sounds good! A bowl of oats with berries and yogurt is a balanced breakfast; add nuts if you are not allergic.' };
}

async function readFirstToken(res: Response): Promise<number> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  let first = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    if (!first && buf.includes('event: token')) first = performance.now();
  }
  return first;
}

async function main(): Promise<void> {
  const fake = await startFakeOpenAi(model);
  const t = await createTestApp({ AGENT_LLM_BASE_URL: fake.baseURL, AGENT_LLM_MODEL: 'fake', AGENT_LLM_COOLDOWN_MS: '0', LOG_LEVEL: 'silent' });
  try {
    const user = await signUp(t);
    const turns = t.app.get(TurnService);
    const conv = (await t.app.get(ConversationService).create(user.id, {})).conversation;
    const say = (i: number) => (i % 4 === 1 ? `note ${i} likes oats for breakfast` : i % 4 === 3 ? `find ${i}` : `what should I eat for breakfast, day ${i}?`);

    for (let i = 0; i < 30; i++) await turns.run(user.id, conv.id, say(i), new NullSink()); // warm-up
    const overhead: number[] = [];
    const withTool: number[] = [];
    const textOnly: number[] = [];
    const modelMs: number[] = [];
    const phases = { loadMs: [] as number[], toolMs: [] as number[], persistMs: [] as number[] };
    for (let i = 0; i < TURNS; i++) {
      const r = await turns.run(user.id, conv.id, say(i), new NullSink());
      if (r.engine !== 'llm') throw new Error(`turn ${i} fell back to ${r.engine}`);
      overhead.push(r.timing.overheadMs);
      modelMs.push(r.timing.modelMs);
      phases.loadMs.push(r.timing.loadMs);
      phases.toolMs.push(r.timing.toolMs);
      phases.persistMs.push(r.timing.persistMs);
      (r.toolCalls.length ? withTool : textOnly).push(r.timing.overheadMs);
    }

    const sseConv = (await t.app.get(ConversationService).create(user.id, {})).conversation;
    const gaps: number[] = [];
    for (let i = 0; i < SSE_TURNS + 10; i++) {
      const before = fake.requests.length;
      const res = await fetch(`${t.url}/api/v1/agents/conversations/${sseConv.id}/messages`, {
        method: 'POST',
        headers: { ...user.headers, accept: 'text/event-stream' },
        body: JSON.stringify({ text: `what should I eat for lunch, day ${i}?` }),
      });
      const firstTokenAt = await readFirstToken(res);
      if (i >= 10) gaps.push(firstTokenAt - fake.firstChunkAt[before]);
    }

    const stat = (xs: number[]) => ({ p50: +median(xs).toFixed(2), p95: +percentile(xs, 95).toFixed(2), max: +Math.max(...xs).toFixed(2), n: xs.length });
    const result = {
      date: new Date().toISOString(),
      overheadPerTurnMs: { ...stat(overhead), target: { p95: 25 } },
      overheadWithToolCallMs: stat(withTool),
      overheadTextOnlyMs: stat(textOnly),
      fakeModelTimeMs: stat(modelMs),
      phasesMs: { load: stat(phases.loadMs), tools: stat(phases.toolMs), persist: stat(phases.persistMs) },
      loadAverage: (await import('node:os')).loadavg().map((x) => +x.toFixed(2)),
      firstSseTokenAfterModelChunkMs: { ...stat(gaps), target: { p95: 50 } },
    };
    const file = writeResult('agent', result);
    console.log(`agent overhead per turn: p50 ${result.overheadPerTurnMs.p50} ms, p95 ${result.overheadPerTurnMs.p95} ms (target p95 ≤ 25 ms; n=${overhead.length})`);
    console.log(`  with a tool call: p50 ${result.overheadWithToolCallMs.p50} ms, p95 ${result.overheadWithToolCallMs.p95} ms; text only: p50 ${result.overheadTextOnlyMs.p50} ms, p95 ${result.overheadTextOnlyMs.p95} ms`);
    console.log(`  phases p50: load ${result.phasesMs.load.p50} ms, tools ${result.phasesMs.tools.p50} ms, persist ${result.phasesMs.persist.p50} ms; load average ${result.loadAverage.join(' ')}`);
    console.log(`first SSE token after the model's first chunk: p50 ${result.firstSseTokenAfterModelChunkMs.p50} ms, p95 ${result.firstSseTokenAfterModelChunkMs.p95} ms (target ≤ 50 ms; n=${gaps.length})`);
    console.log(`wrote ${file}`);
  } finally {
    await t.close();
    await fake.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
