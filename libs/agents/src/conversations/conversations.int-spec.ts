import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { readSse } from '../../test/sse.reader';

describe('agent conversations (offline coach)', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    alice = await signUp(t, { timeZone: 'Europe/Paris' });
    bob = await signUp(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (u: TestUser, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: 'POST',
      headers: { ...u.headers, ...headers },
      body: JSON.stringify(body),
    });

  it('creates a conversation with the seeded Coach agent and answers help in JSON', async () => {
    const created = await post(alice, '/agents/conversations', {});
    expect(created.status).toBe(201);
    const conv = (await created.json()) as { id: string; mode: string };
    expect(conv.mode).toBe('chat');
    const res = await post(alice, `/agents/conversations/${conv.id}/messages`, { text: 'help' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { engine: string; message: { content: string; role: string } };
    expect(body.engine).toBe('offline');
    expect(body.message.role).toBe('assistant');
    expect(body.message.content).toContain('Here is what I can do');
  });

  it('streams SSE token and done events, then the history holds both messages', async () => {
    const conv = (await (await post(alice, '/agents/conversations', {})).json()) as { id: string };
    const res = await post(
      alice,
      `/agents/conversations/${conv.id}/messages`,
      { text: 'hello' },
      { accept: 'text/event-stream' },
    );
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = await readSse(res);
    expect(events.map((e) => e.event)).toEqual(['token', 'done']);
    const done = events[1].data as { message: { content: string } };
    expect(done.message.content).toBe((events[0].data as { text: string }).text);
    const hist = (await (
      await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}/messages`, { headers: alice.headers })
    ).json()) as {
      items: { role: string }[];
    };
    expect(hist.items.map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it("answers 404 for another user's conversation, in JSON and SSE alike", async () => {
    const conv = (await (await post(alice, '/agents/conversations', {})).json()) as { id: string };
    expect((await post(bob, `/agents/conversations/${conv.id}/messages`, { text: 'hi' })).status).toBe(404);
    const sse = await post(
      bob,
      `/agents/conversations/${conv.id}/messages`,
      { text: 'hi' },
      { accept: 'text/event-stream' },
    );
    expect(sse.status).toBe(404);
    expect(sse.headers.get('content-type')).toContain('application/problem+json');
    expect(
      (await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}`, { headers: bob.headers })).status,
    ).toBe(404);
  });

  it('rejects an empty message with problem+json', async () => {
    const conv = (await (await post(alice, '/agents/conversations', {})).json()) as { id: string };
    const res = await post(alice, `/agents/conversations/${conv.id}/messages`, { text: '' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('stores thumbs feedback on a reply and counts it in the agent stats', async () => {
    const conv = (await (await post(alice, '/agents/conversations', {})).json()) as { id: string };
    const turn = (await (
      await post(alice, `/agents/conversations/${conv.id}/messages`, { text: 'help' })
    ).json()) as { message: { id: string } };
    const fb = await fetch(
      `${t.url}/api/v1/agents/conversations/${conv.id}/messages/${turn.message.id}/feedback`,
      {
        method: 'PUT',
        headers: alice.headers,
        body: JSON.stringify({ rating: -1, comment: 'too long' }),
      },
    );
    expect(fb.status).toBe(200);
    expect(await fb.json()).toMatchObject({ rating: -1, comment: 'too long' });
    const admin = await signUp(t, { roles: ['admin'] });
    const agents = (await (
      await fetch(`${t.url}/api/v1/admin/agents`, { headers: admin.headers })
    ).json()) as { items: { id: string; slug: string; engine: string }[] };
    const coach = agents.items.find((a) => a.slug === 'coach')!;
    expect(coach.engine).toBe('offline');
    const stats = (await (
      await fetch(`${t.url}/api/v1/admin/agents/${coach.id}/stats`, { headers: admin.headers })
    ).json()) as { thumbsDown: number; byEngine: Record<string, number> };
    expect(stats.thumbsDown).toBe(1);
    expect(stats.byEngine.offline).toBeGreaterThan(0);
    expect((await fetch(`${t.url}/api/v1/admin/agents`, { headers: alice.headers })).status).toBe(403);
  });

  it('pages conversations with a cursor', async () => {
    const carol = await signUp(t);
    for (let i = 0; i < 3; i++) await post(carol, '/agents/conversations', { title: `c${i}` });
    const first = (await (
      await fetch(`${t.url}/api/v1/agents/conversations?limit=2`, { headers: carol.headers })
    ).json()) as { items: unknown[]; nextCursor: string };
    expect(first.items).toHaveLength(2);
    const second = (await (
      await fetch(`${t.url}/api/v1/agents/conversations?limit=2&cursor=${first.nextCursor}`, {
        headers: carol.headers,
      })
    ).json()) as {
      items: unknown[];
      nextCursor: string | null;
    };
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });
});
