import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MongoClient } from 'mongodb';
import { createHttpApp } from '@welness/server';
import {
  FakeOpenAi,
  TestApp,
  TestUser,
  createTestApp,
  deleteRedisPrefix,
  signUp,
  startFakeOpenAi,
} from '@welness/testing';
import { readSse } from '../../test/sse.reader';

/**
 * Memory survives a restart: a new app instance on the same PostgreSQL, with Redis flushed,
 * still knows the peanut allergy (human block) and finds an earlier message (recall search),
 * through the offline coach and through the LLM engine's prompt alike.
 */
describe('agent memory across a restart with Redis flushed', () => {
  let fake: FakeOpenAi;
  let t: TestApp;
  let second: NestFastifyApplication | null = null;
  let user: TestUser;
  let conversationId: string;

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    t = await createTestApp();
    user = await signUp(t);
  });
  afterAll(async () => {
    await second?.close();
    await t?.stores.drop();
    const mongo = await MongoClient.connect(t.config.MONGO_URL);
    await mongo
      .db(`${t.config.MONGO_DB}_r`)
      .dropDatabase()
      .finally(() => mongo.close());
    await fake?.close();
  });

  const say = async (url: string, headers: Record<string, string>, text: string) => {
    const res = await fetch(`${url}/api/v1/agents/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { engine: string; message: { content: string } };
  };

  it('learns the profile and a preference before the restart', async () => {
    const conv = await fetch(`${t.url}/api/v1/agents/conversations`, {
      method: 'POST',
      headers: user.headers,
      body: '{}',
    });
    conversationId = ((await conv.json()) as { id: string }).id;
    const r1 = await say(
      t.url,
      user.headers,
      "I'm 34, male, 178 cm, 80 kg, moderately active, vegetarian, allergic to peanuts",
    );
    expect(r1.message.content).toContain('allergies peanuts');
    await say(t.url, user.headers, 'Remember that I love almond butter on rye toast');
  });

  it('still knows the allergy and finds the earlier message after a restart with Redis flushed', async () => {
    await t.app.close();
    await deleteRedisPrefix(t.config.REDIS_KEY_PREFIX);
    // Agent memory lives in PostgreSQL and Redis only. The catalogue gets a fresh MongoDB
    // database because FerretDB 1.24 drops the connection when an index build is repeated.
    second = await createHttpApp(
      {
        ...t.config,
        MONGO_DB: `${t.config.MONGO_DB}_r`,
        AGENT_LLM_BASE_URL: fake.baseURL,
        AGENT_LLM_COOLDOWN_MS: 0,
      },
      { role: 'all', serveWeb: false },
    );
    await second.listen({ port: 0, host: '127.0.0.1' });
    const url = (await second.getUrl()).replace('[::1]', '127.0.0.1');

    // LLM engine: the prompt rebuilt from PostgreSQL carries the human block.
    fake.script({ kind: 'text', text: 'Peanut-free, noted.' });
    const llm = await say(url, user.headers, 'any snack ideas?');
    expect(llm.engine).toBe('llm');
    const system = fake.requests[0].messages[0].content ?? '';
    expect(system).toMatch(/Allergies: peanuts/);

    // Recall through the model's tool call, streamed over SSE.
    fake.script(
      { kind: 'tool_calls', calls: [{ name: 'recall_search', arguments: { query: 'almond butter' } }] },
      { kind: 'text', text: 'You told me you love almond butter on rye toast.' },
    );
    const res = await fetch(`${url}/api/v1/agents/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { ...user.headers, accept: 'text/event-stream' },
      body: JSON.stringify({ text: 'what spread did I say I like?' }),
    });
    const events = await readSse(res);
    const result = events.find((e) => e.event === 'tool_result')!.data as {
      ok: boolean;
      data: { hits: { content: string }[] };
    };
    expect(result.ok).toBe(true);
    expect(result.data.hits[0].content).toBe('Remember that I love almond butter on rye toast');
    expect(events.at(-1)!.event).toBe('done');
  });

  it('the offline coach recalls it too', async () => {
    const url = (await second!.getUrl()).replace('[::1]', '127.0.0.1');
    fake.respond(() => ({ kind: 'error', status: 500 }));
    const r = await say(url, user.headers, 'what did I say about almond butter?');
    expect(r.engine).toBe('offline');
    expect(r.message.content, JSON.stringify(r)).toContain('almond butter on rye toast');
  });
});
