import { getDataSourceToken } from '@nestjs/typeorm';
import { QueueService } from '@welness/platform';
import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { DataSource } from 'typeorm';
import { CheckinService } from '../checkins/checkin.service';

interface Conv {
  id: string;
  mode: string;
  onboarding: { asking: string | null; answered: string[]; complete: boolean } | null;
  messages?: { role: string; content: string }[];
}

/**
 * The onboarding interview as a conversation mode: question by question, resumable from the
 * stored state (a new request, even on another channel, carries on), then profile, goal,
 * targets, the human block and the daily check-in schedule are written.
 */
describe('onboarding interview and check-ins', () => {
  let t: TestApp;
  let user: TestUser;
  let conv: Conv;

  beforeAll(async () => {
    t = await createTestApp();
    user = await signUp(t, { timeZone: 'America/New_York' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const answer = async (text: string) => {
    const res = await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}/messages`, {
      method: 'POST',
      headers: user.headers,
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { message: { content: string } }).message.content;
  };
  const state = async () =>
    (await (
      await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}`, { headers: user.headers })
    ).json()) as Conv;

  it('opens with a greeting and the first question', async () => {
    const res = await fetch(`${t.url}/api/v1/agents/conversations`, {
      method: 'POST',
      headers: user.headers,
      body: JSON.stringify({ mode: 'onboarding' }),
    });
    expect(res.status).toBe(201);
    conv = (await res.json()) as Conv;
    expect(conv.mode).toBe('onboarding');
    expect(conv.onboarding).toEqual({ asking: 'goal', answered: [], complete: false });
    expect(conv.messages?.[0].content).toMatch(/What would you like to achieve/);
  });

  it('asks for what is missing, one field at a time, and resumes from stored state', async () => {
    expect(await answer('I want to gain 3 kg by the end of March')).toMatch(/How old are you/);
    expect(await answer('12')).toMatch(/does not look right/);
    expect(await answer('29')).toMatch(/What sex/);
    const mid = (await state()).onboarding!;
    expect(mid.asking).toBe('sex');
    expect([...mid.answered].sort()).toEqual(['age', 'goal']);
    expect(await answer('female, 165 cm and 55 kg, very active')).toMatch(/diet/);
    expect(await answer('vegan')).toMatch(/allergies/);
    expect(await answer('soy')).toMatch(/dislike/);
    expect(await answer('none')).toMatch(/check in/);
  });

  it('completes: profile, goal, targets, human block and a daily check-in schedule', async () => {
    const done = await answer('8 pm');
    const targets = (await (await fetch(`${t.url}/api/v1/targets`, { headers: user.headers })).json()) as {
      energyKcal: number;
    };
    expect(done).toContain(`${Math.round(targets.energyKcal)} kcal`);
    expect(done).toMatch(/check in daily at 20:00/);
    const after = await state();
    expect(after.mode).toBe('chat');
    expect(after.onboarding?.complete).toBe(true);
    const goal = (await (await fetch(`${t.url}/api/v1/goals`, { headers: user.headers })).json()) as {
      direction: string;
      targetWeightKg: number;
    };
    expect(goal).toMatchObject({ direction: 'gain', targetWeightKg: 58 });
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const [human] = (await ds.query(
      `SELECT value FROM agent_memory_block WHERE user_id = $1 AND label = 'human'`,
      [user.id],
    )) as { value: string }[];
    expect(human.value).toMatch(/Diet: vegan/);
    expect(human.value).toMatch(/Allergies: soy/);
    const checkins = (await (
      await fetch(`${t.url}/api/v1/agents/checkins`, { headers: user.headers })
    ).json()) as { dailyTime: string };
    expect(checkins.dailyTime).toBe('20:00');
    const schedulers = await t.app.get(QueueService).queue('agents').getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({
        key: `checkin:daily:${user.id}`,
        pattern: '0 20 * * *',
        tz: 'America/New_York',
      }),
    ]);
  });

  it('a check-in run posts a summary with one next step, once per local day', async () => {
    const checkins = t.app.get(CheckinService);
    const first = await checkins.deliver(user.id, 'daily');
    expect(first?.content).toMatch(/Evening check-in: nothing logged today yet\. One step:/);
    expect(await checkins.deliver(user.id, 'daily')).toBeNull();
    const list = (await (
      await fetch(`${t.url}/api/v1/agents/conversations`, { headers: user.headers })
    ).json()) as { items: { id: string }[] };
    const history = (await (
      await fetch(`${t.url}/api/v1/agents/conversations/${list.items[0].id}/messages`, {
        headers: user.headers,
      })
    ).json()) as {
      items: { content: string }[];
    };
    expect(history.items.at(-1)?.content).toBe(first?.content);
  });

  it('a weekly check-in reports the week with real figures and one next step', async () => {
    const weekly = await t.app.get(CheckinService).deliver(user.id, 'weekly');
    expect(weekly?.content).toMatch(
      /^Weekly check-in \(\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\): 0 day\(s\) logged, .* Next week: aim to log at least 5 days/,
    );
  });

  it('cancels the schedule through the API', async () => {
    const res = await fetch(`${t.url}/api/v1/agents/checkins`, {
      method: 'PUT',
      headers: user.headers,
      body: JSON.stringify({ dailyTime: null, weeklyDay: null, weeklyTime: null }),
    });
    expect(res.status).toBe(200);
    expect(await t.app.get(QueueService).queue('agents').getJobSchedulers()).toEqual([]);
  });
});
