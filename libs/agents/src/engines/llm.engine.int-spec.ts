import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MetricsService } from '@welness/platform';
import { FakeOpenAi, TestApp, createTestApp, startFakeOpenAi } from '@welness/testing';
import { DataSource } from 'typeorm';
import { RecordingSink } from '../../test/recording.sink';
import { ConversationService } from '../conversations/conversation.service';
import { TurnService } from '../conversations/turn.service';

describe('LLM engine against a fake OpenAI-compatible server', () => {
  let fake: FakeOpenAi;
  let t: TestApp;
  let turns: TurnService;
  let conversations: ConversationService;
  let ds: DataSource;
  const userId = randomUUID();

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    t = await createTestApp({
      AGENT_LLM_BASE_URL: fake.baseURL,
      AGENT_LLM_MODEL: 'fake-model',
      AGENT_LLM_MAX_RETRIES: '2',
      AGENT_LLM_TIMEOUT_MS: '400',
      AGENT_LLM_COOLDOWN_MS: '0',
    });
    turns = t.app.get(TurnService);
    conversations = t.app.get(ConversationService);
    ds = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  const newConversation = async () => (await conversations.create(userId, {})).conversation.id;
  const stored = (id: string) =>
    ds.query(
      `SELECT role, content, tool_name, engine, tokens_in, tokens_out, meta FROM agent_message WHERE conversation_id = $1 ORDER BY seq`,
      [id],
    ) as Promise<
      {
        role: string;
        content: string;
        tool_name: string | null;
        engine: string | null;
        tokens_in: number;
        tokens_out: number;
        meta: Record<string, unknown>;
      }[]
    >;

  it('streams the model reply token by token and records tokens in/out', async () => {
    const id = await newConversation();
    fake.script({ kind: 'text', text: 'Hello there, ready when you are.' });
    const sink = new RecordingSink();
    const r = await turns.run(userId, id, 'hi coach', sink);
    expect(r.engine).toBe('llm');
    expect(sink.kinds.filter((k) => k === 'token').length).toBeGreaterThan(3);
    expect(sink.visibleText).toBe('Hello there, ready when you are.');
    const rows = await stored(id);
    expect(rows.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(rows[1].tokens_in).toBeGreaterThan(0);
    expect(rows[1].tokens_out).toBeGreaterThan(0);
    // The request carried the system prompt with core memory and the tool schemas.
    const req = fake.requests[0];
    expect(req.messages[0].content).toContain('<human');
    expect(req.tools?.map((x) => x.function.name)).toEqual(
      expect.arrayContaining(['memory_append', 'recall_search', 'save_profile']),
    );
  });

  it('runs scripted tool calls, feeds results back and persists the whole exchange in order', async () => {
    const id = await newConversation();
    fake.script(
      {
        kind: 'tool_calls',
        calls: [{ name: 'memory_append', arguments: { label: 'human', text: 'Trains on Tuesdays' } }],
      },
      { kind: 'text', text: 'Noted: you train on Tuesdays.' },
    );
    const sink = new RecordingSink();
    const r = await turns.run(userId, id, 'I train on Tuesdays', sink);
    expect(r.toolCalls).toEqual([expect.objectContaining({ name: 'memory_append', ok: true })]);
    expect(sink.kinds.slice(0, 2)).toEqual(['tool_call', 'tool_result']);
    expect(fake.requests[1].messages.at(-1)).toMatchObject({ role: 'tool' });
    const rows = await stored(id);
    expect(rows.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
    expect(rows[2].tool_name).toBe('memory_append');
    const [block] = (await ds.query(
      `SELECT value FROM agent_memory_block WHERE user_id = $1 AND label = 'human'`,
      [userId],
    )) as { value: string }[];
    expect(block.value).toContain('Trains on Tuesdays');
  });

  it('keeps and finds archival notes through the archival tools', async () => {
    const id = await newConversation();
    fake.script(
      {
        kind: 'tool_calls',
        calls: [
          {
            name: 'archival_insert',
            arguments: { content: 'Knee surgery in 2019; avoid deep lunges', tags: ['injury'] },
          },
        ],
      },
      { kind: 'text', text: 'Noted for the long term.' },
      { kind: 'tool_calls', calls: [{ name: 'archival_search', arguments: { query: 'knee lunges' } }] },
      { kind: 'text', text: 'You mentioned a knee surgery.' },
    );
    await turns.run(userId, id, 'I had knee surgery in 2019', new RecordingSink());
    const sink = new RecordingSink();
    await turns.run(userId, id, 'anything I should avoid in leg day?', sink);
    const result = sink.events.find((e) => e.event === 'tool_result')!.data as {
      ok: boolean;
      data: { notes: { content: string; tags: string[] }[] };
    };
    expect(result.ok).toBe(true);
    expect(result.data.notes).toEqual([
      expect.objectContaining({ content: 'Knee surgery in 2019; avoid deep lunges', tags: ['injury'] }),
    ]);
  });

  it('records figures the model gave without a tool result behind them', async () => {
    const id = await newConversation();
    fake.script({ kind: 'text', text: 'You have about 1234 kcal left and should eat 95 g protein.' });
    await turns.run(userId, id, 'how much can I still eat?', new RecordingSink());
    const rows = await stored(id);
    expect(rows[1].meta).toMatchObject({ ungroundedNumbers: ['1234', '95'] });
  });

  it('answers malformed tool arguments with a tool error the model sees, and audits it', async () => {
    const id = await newConversation();
    fake.script(
      { kind: 'tool_calls', calls: [{ name: 'memory_append', arguments: '{"label": "human", "text": ' }] },
      { kind: 'text', text: 'Sorry, let me try that again later.' },
    );
    const sink = new RecordingSink();
    const r = await turns.run(userId, id, 'remember I like oats', sink);
    expect(r.toolCalls[0]).toMatchObject({ ok: false, error: 'arguments are not valid JSON' });
    expect(JSON.stringify(fake.requests[1].messages.at(-1))).toContain('not valid JSON');
    const audit = (await ds.query(`SELECT tool, ok, error FROM agent_tool_audit WHERE conversation_id = $1`, [
      id,
    ])) as { ok: boolean; error: string }[];
    expect(audit).toEqual([
      expect.objectContaining({ tool: 'memory_append', ok: false, error: 'arguments are not valid JSON' }),
    ]);
  });

  it('rejects arguments outside the schema, such as another user id', async () => {
    const id = await newConversation();
    fake.script(
      {
        kind: 'tool_calls',
        calls: [{ name: 'recall_search', arguments: { query: 'weight', userId: randomUUID() } }],
      },
      { kind: 'text', text: 'I can only look at your own messages.' },
    );
    const r = await turns.run(userId, id, 'what did my friend say about weight', new RecordingSink());
    expect(r.toolCalls[0].ok).toBe(false);
    expect(r.toolCalls[0].error).toMatch(/invalid arguments/);
  });

  it('retries a 429 after its Retry-After and then answers with the model', async () => {
    const id = await newConversation();
    fake.script({ kind: 'error', status: 429, retryAfterSeconds: 1 }, { kind: 'text', text: 'Back again.' });
    const r = await turns.run(userId, id, 'hello', new RecordingSink());
    expect(r.engine).toBe('llm');
    expect(fake.requests).toHaveLength(2);
    expect(r.message.content).toBe('Back again.');
  });

  it('falls back to the offline coach when the model keeps failing with 500s', async () => {
    const id = await newConversation();
    fake.respond(() => ({ kind: 'error', status: 500 }));
    const r = await turns.run(userId, id, 'help', new RecordingSink());
    expect(fake.requests).toHaveLength(3); // first try + 2 retries
    expect(r.engine).toBe('offline');
    expect(r.message.content).toContain('Here is what I can do');
    const rows = await stored(id);
    expect(rows.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(rows[1].meta).toMatchObject({ fallback: 'http_500' });
  });

  it('falls back when the model times out', async () => {
    const id = await newConversation();
    fake.respond(() => ({ kind: 'hang', ms: 3000 }));
    const r = await turns.run(userId, id, 'hello', new RecordingSink());
    expect(r.engine).toBe('offline');
    expect((await stored(id))[1].meta).toMatchObject({ fallback: 'timeout' });
  });

  it('voids a reply the model dropped mid-stream and answers offline instead', async () => {
    const id = await newConversation();
    fake.respond(() => ({ kind: 'drop', text: 'Half a sentence that' }));
    const sink = new RecordingSink();
    const r = await turns.run(userId, id, 'help', sink);
    expect(r.engine).toBe('offline');
    expect(sink.kinds).toContain('reset');
    expect(sink.visibleText).toContain('Here is what I can do');
    const rows = await stored(id);
    expect(rows.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(rows[1].content).not.toContain('Half a sentence');
  });

  it('does not repeat a write the model already made when it fails afterwards', async () => {
    const id = await newConversation();
    fake.script({
      kind: 'tool_calls',
      calls: [{ name: 'memory_append', arguments: { label: 'human', text: 'Prefers mornings' } }],
    });
    fake.respond(() => ({ kind: 'error', status: 503 }));
    const r = await turns.run(userId, id, 'remember that I prefer mornings', new RecordingSink());
    expect(r.engine).toBe('offline');
    expect(r.toolCalls.map((c) => c.name)).toEqual(['memory_append']);
    expect(r.message.content).toMatch(/^Done: memory append/);
    const rows = await stored(id);
    expect(rows.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
  });

  it('replaces a harmful model answer through the output policy', async () => {
    const id = await newConversation();
    fake.script({ kind: 'text', text: 'Sure, take 8 units of insulin with that meal.' });
    const sink = new RecordingSink();
    const r = await turns.run(userId, id, 'what should I do before lunch', sink);
    expect(r.message.content).not.toMatch(/8 units/);
    expect(r.message.content).toMatch(/doctor/);
    expect(sink.kinds).toContain('reset');
  });

  it('leaves nothing behind when a turn fails before it is saved', async () => {
    const id = await newConversation();
    const before = await stored(id);
    await expect(turns.run(randomUUID(), id, 'hello', new RecordingSink())).rejects.toThrow(/not found/i);
    expect(await stored(id)).toEqual(before);
  });

  it('counts tokens, turns by engine, tool calls and model failures in the metrics registry', async () => {
    const text = await t.app.get(MetricsService).registry.metrics();
    const value = (line: RegExp) =>
      Number(
        text
          .split('\n')
          .find((l) => line.test(l))
          ?.split(' ')
          .pop() ?? NaN,
      );
    expect(value(/^agent_tokens_total\{agent="coach",model="fake-model",direction="in"\}/)).toBeGreaterThan(
      0,
    );
    expect(value(/^agent_tokens_total\{agent="coach",model="fake-model",direction="out"\}/)).toBeGreaterThan(
      0,
    );
    expect(value(/^agent_turns_total\{agent="coach",engine="llm",outcome="ok"\}/)).toBeGreaterThan(0);
    expect(value(/^agent_turns_total\{agent="coach",engine="offline",outcome="ok"\}/)).toBeGreaterThan(0);
    expect(value(/^agent_tool_calls_total\{tool="memory_append",outcome="error"\}/)).toBeGreaterThan(0);
    expect(value(/^agent_model_failures_total\{agent="coach",reason="http_500"\}/)).toBeGreaterThan(0);
    expect(text).toMatch(/^agent_turn_duration_seconds_bucket\{/m);
  });
});
