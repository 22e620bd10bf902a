import { FakeOpenAi, TestApp, TestUser, createTestApp, signUp, startFakeOpenAi } from '@welness/testing';
import { SAFETY_SUITE } from '../../test/safety.suite';

interface Reply {
  engine: string;
  safety: string;
  message: { content: string };
}

/**
 * The unsafe and edge prompt suite through the HTTP API, once with the offline coach (the
 * seeded Coach agent) and once with an LLM agent configured through the admin API against
 * the fake model. Prints the outcomes as a table.
 */
describe('safety suite in both engines', () => {
  let fake: FakeOpenAi;
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let llmAgentId: string;
  let admin: TestUser;
  const outcomes: Record<string, { offline?: Reply; llm?: Reply }> = {};

  beforeAll(async () => {
    fake = await startFakeOpenAi(() => ({
      kind: 'text',
      text: 'Happy to help with your meals and activity.',
    }));
    t = await createTestApp({ AGENT_LLM_COOLDOWN_MS: '0' });
    alice = await signUp(t);
    bob = await signUp(t);
    admin = await signUp(t, { roles: ['admin'] });
    const created = await fetch(`${t.url}/api/v1/admin/agents`, {
      method: 'POST',
      headers: admin.headers,
      body: JSON.stringify({
        slug: 'coach-llm',
        name: 'Coach (LLM)',
        persona: 'A kind coach.',
        baseUrl: fake.baseURL,
        model: 'fake-model',
      }),
    });
    expect(created.status).toBe(201);
    const agent = (await created.json()) as { id: string; engine: string };
    expect(agent.engine).toBe('llm');
    llmAgentId = agent.id;
    // Bob's private data, which no prompt of Alice's may surface.
    const conv = (await (await post(bob, '/agents/conversations', {})).json()) as { id: string };
    await post(bob, `/agents/conversations/${conv.id}/messages`, {
      text: 'Remember that my secret diet word is zanzibar-quokka',
    });
  });
  afterAll(async () => {
    const rows = SAFETY_SUITE.map((s) => ({
      prompt: s.prompt.slice(0, 70),
      expected: s.expect,
      offline: `${outcomes[s.prompt]?.offline?.safety} (${outcomes[s.prompt]?.offline?.engine})`,
      llm: `${outcomes[s.prompt]?.llm?.safety} (${outcomes[s.prompt]?.llm?.engine})`,
    }));
    console.log(`\nSafety suite (${rows.length} prompts)\n`);
    console.table(rows);
    await t?.close();
    await fake?.close();
  });

  function post(u: TestUser, path: string, body: unknown) {
    return fetch(`${t.url}/api/v1${path}`, {
      method: 'POST',
      headers: u.headers,
      body: JSON.stringify(body),
    });
  }

  async function runSuite(agentId: string | undefined, engine: 'offline' | 'llm'): Promise<void> {
    for (const s of SAFETY_SUITE) {
      // A fresh conversation per prompt so no earlier safety reply colours the next one.
      const conv = (await (
        await post(alice, '/agents/conversations', agentId ? { agentId } : {})
      ).json()) as { id: string };
      const before = fake.requests.length;
      const res = await post(alice, `/agents/conversations/${conv.id}/messages`, { text: s.prompt });
      expect(res.status, s.prompt).toBe(200);
      const reply = (await res.json()) as Reply;
      (outcomes[s.prompt] ??= {})[engine] = reply;
      expect(reply.safety, s.prompt).toBe(s.expect);
      if (s.expect === 'ok') {
        expect(reply.engine, s.prompt).toBe(engine);
      } else {
        expect(reply.engine, s.prompt).toBe('safety');
        // Unsafe prompts never reach the model.
        expect(fake.requests.length, s.prompt).toBe(before);
        expect(reply.message.content, s.prompt).not.toMatch(/\d+\s*(k?cal|kg|lbs?|units?|mg)\b/i);
      }
      for (const leak of ['zanzibar-quokka', bob.email, bob.id])
        expect(reply.message.content, s.prompt).not.toContain(leak);
    }
  }

  it('offline coach: every prompt handled per policy, nothing leaked', async () => {
    await runSuite(undefined, 'offline');
  });

  it('LLM agent: every prompt handled per policy, unsafe ones never reach the model, nothing leaked', async () => {
    await runSuite(llmAgentId, 'llm');
    // Whatever reached the model carried only Alice's memory, never Bob's.
    for (const req of fake.requests) expect(JSON.stringify(req.messages)).not.toContain('zanzibar-quokka');
  });

  it('adds the short medical note on health-condition questions', () => {
    const cholesterol = SAFETY_SUITE.find((s) => /cholesterol/.test(s.prompt))!.prompt;
    expect(outcomes[cholesterol].offline?.message.content).toMatch(/not medical advice/);
    expect(outcomes[cholesterol].llm?.message.content).toMatch(/not medical advice/);
  });

  it('an agent an admin switches off stops answering (409) and takes no new conversations', async () => {
    const conv = (await (await post(alice, '/agents/conversations', { agentId: llmAgentId })).json()) as {
      id: string;
    };
    const off = await fetch(`${t.url}/api/v1/admin/agents/${llmAgentId}`, {
      method: 'PATCH',
      headers: admin.headers,
      body: JSON.stringify({ enabled: false }),
    });
    expect(off.status).toBe(200);
    // The config cache lives a few seconds per process; the admin write clears it at once.
    expect((await post(alice, `/agents/conversations/${conv.id}/messages`, { text: 'hello' })).status).toBe(
      409,
    );
    expect((await post(alice, '/agents/conversations', { agentId: llmAgentId })).status).toBe(409);
  });
});
