import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry, QueueService, REDIS } from '@welness/platform';
import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

/** The agents module's export and erase handlers cover every table, Redis key and scheduler. */
describe('agents privacy handlers', () => {
  let t: TestApp;
  let user: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t);
    other = await signUp(t);
    for (const u of [user, other]) {
      const conv = (await (
        await fetch(`${t.url}/api/v1/agents/conversations`, {
          method: 'POST',
          headers: u.headers,
          body: '{}',
        })
      ).json()) as { id: string };
      const send = (text: string) =>
        fetch(`${t.url}/api/v1/agents/conversations/${conv.id}/messages`, {
          method: 'POST',
          headers: u.headers,
          body: JSON.stringify({ text }),
        });
      const reply = (await (await send('Remember that I am allergic to kiwi')).json()) as {
        message: { id: string };
      };
      await send('Remember that I had knee surgery last year');
      await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}/messages/${reply.message.id}/feedback`, {
        method: 'PUT',
        headers: u.headers,
        body: JSON.stringify({ rating: 1 }),
      });
      await fetch(`${t.url}/api/v1/agents/checkins`, {
        method: 'PUT',
        headers: u.headers,
        body: JSON.stringify({ dailyTime: '08:00', weeklyDay: 7, weeklyTime: '18:00' }),
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const counts = async (userId: string) => {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const out: Record<string, number> = {};
    for (const table of [
      'agent_conversation',
      'agent_message',
      'agent_memory_block',
      'agent_archival_note',
      'agent_tool_audit',
      'agent_feedback',
      'agent_checkin_schedule',
    ]) {
      out[table] = Number(
        (
          (await ds.query(`SELECT count(*) AS n FROM ${table} WHERE user_id = $1`, [userId])) as {
            n: string;
          }[]
        )[0].n,
      );
    }
    return out;
  };

  it('exports the conversations, messages and memory', async () => {
    const handler = t.app
      .get(PrivacyRegistry)
      .list()
      .find((h) => h.module === 'agents')!;
    const data = (await handler.export(user.id)) as {
      conversations: unknown[];
      messages: { content: string }[];
      memory: { label: string; value: string }[];
    };
    expect(data.conversations).toHaveLength(1);
    expect(data.messages.map((m) => m.content)).toContain('Remember that I am allergic to kiwi');
    expect(data.memory.sort((a, b) => a.label.localeCompare(b.label))).toEqual([
      { label: 'health_context', value: 'I had knee surgery last year' },
      { label: 'human', value: 'I am allergic to kiwi' },
    ]);
  });

  it('erases every row, the Redis memory and the check-in schedulers of that user only', async () => {
    expect(Object.values(await counts(user.id)).filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);
    const handler = t.app
      .get(PrivacyRegistry)
      .list()
      .find((h) => h.module === 'agents')!;
    await handler.erase(user.id);
    expect(Object.values(await counts(user.id)).every((n) => n === 0)).toBe(true);
    expect(await t.app.get<Redis>(REDIS).exists(`agent:mem:${user.id}`)).toBe(0);
    const schedulers = await t.app.get(QueueService).queue('agents').getJobSchedulers();
    expect(schedulers.map((s) => s.key).filter((k) => k.includes(user.id))).toEqual([]);
    expect(schedulers.map((s) => s.key).filter((k) => k.includes(other.id))).toHaveLength(2);
    expect((await counts(other.id)).agent_message).toBeGreaterThan(0);
  });
});
