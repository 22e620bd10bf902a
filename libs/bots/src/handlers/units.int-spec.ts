import { QueueService } from '@welness/platform';
import {
  FakeTelegramServer,
  TestApp,
  TestUser,
  apiCall,
  createTestApp,
  signUp,
  startFakeTelegram,
  textUpdate,
} from '@welness/testing';

const SECRET = 'test-webhook-secret-units-0123456789';

/**
 * The profile's unit system (Settings → Units) and time zone, honoured by the bot: /weight and
 * /goal speak lb to an imperial user (stored kg), and meal reminders move with the time zone.
 */
describe('Telegram bot: units and time zone from the profile', () => {
  let tg: FakeTelegramServer;
  let t: TestApp;
  let u: TestUser;
  const chat = 720_000_001;

  async function drain(timeoutMs = 45_000): Promise<void> {
    const queue = t.app.get(QueueService).queue('bots');
    const until = Date.now() + timeoutMs;
    for (;;) {
      const c = await queue.getJobCounts('waiting', 'active', 'prioritized');
      const delayed = (await queue.getDelayed()).filter((j) => !j.repeatJobKey).length;
      if (c.waiting + c.active + (c.prioritized ?? 0) + delayed === 0) return;
      if (Date.now() > until) throw new Error(`bots queue not drained: ${JSON.stringify({ ...c, delayed })}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function send(text: string): Promise<string[]> {
    tg.reset();
    const res = await fetch(`${t.url}/api/v1/bots/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(textUpdate(chat, text)),
    });
    expect(res.status).toBe(200);
    await drain();
    return tg.sent('sendMessage').map((c) => c.payload.text as string);
  }

  beforeAll(async () => {
    tg = await startFakeTelegram();
    t = await createTestApp({
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: tg.url,
    });
    u = await signUp(t, { timeZone: 'UTC' });
    const code = await apiCall<{ code: string }>(t, u, 'POST', '/bots/telegram/link-code');
    expect(code.status).toBe(201);
    await send(`/start ${code.body.code}`);
    expect((await apiCall<{ linked: boolean }>(t, u, 'GET', '/bots/telegram/link')).body.linked).toBe(true);
  });

  afterAll(async () => {
    await t?.close();
    await tg?.close();
  });

  const today = () => new Date().toISOString().slice(0, 10);
  const storedKg = async () => {
    const res = await apiCall<{ weightKg: number }[]>(
      t,
      u,
      'GET',
      `/body/weights?from=${today()}&to=${today()}`,
    );
    return res.body.map((w) => w.weightKg);
  };

  it('an imperial user sends /weight 180 and the API stores 81.6 kg; /goal answers in lb', async () => {
    expect((await apiCall(t, u, 'PATCH', '/me', { unitSystem: 'imperial' })).status).toBe(200);
    expect(await send('/weight 180')).toEqual([`Weight 180 lb saved for ${today()}.`]);
    const [kg] = await storedKg();
    expect(Math.round(kg * 10) / 10).toBe(81.6);
    expect(kg).toBeCloseTo(81.647, 3);

    expect(await send('/weight 2000')).toEqual(['Send /weight followed by pounds, e.g. /weight 160.']);
    // An explicit unit wins over the setting.
    expect(await send('/weight 80 kg')).toEqual([`Weight 80 kg saved for ${today()}.`]);
    expect(await storedKg()).toEqual([80]);

    expect(
      (
        await apiCall(t, u, 'PUT', '/goals', {
          direction: 'lose',
          rateKgPerWeek: 0.5,
          targetWeightKg: 72.575,
        })
      ).status,
    ).toBe(200);
    const [goal] = await send('/goal');
    expect(goal.split('\n')[0]).toBe('Goal: lose, 1.1 lb/week → 160 lb.');

    // Back to metric: the same chat reads kilograms.
    expect((await apiCall(t, u, 'PATCH', '/me', { unitSystem: 'metric' })).status).toBe(200);
    expect((await send('/goal'))[0].split('\n')[0]).toBe('Goal: lose, 0.5 kg/week → 72.6 kg.');
    expect(await send('/weight 79,5')).toEqual([`Weight 79.5 kg saved for ${today()}.`]);
  });

  it('meal reminders move to the new time zone at the same local times', async () => {
    const set = await apiCall(t, u, 'PUT', '/bots/telegram/reminders', { mealReminders: ['13:00', '08:15'] });
    expect(set.body).toEqual({ mealReminders: ['08:15', '13:00'] });
    const queue = t.app.get(QueueService).queue('bots');
    expect(await queue.getJobScheduler(`bots-reminder:${u.id}:08:15`)).toMatchObject({
      pattern: '15 8 * * *',
      tz: 'UTC',
    });

    expect((await apiCall(t, u, 'PATCH', '/me', { timeZone: 'Europe/Madrid' })).status).toBe(200);
    expect(await queue.getJobScheduler(`bots-reminder:${u.id}:08:15`)).toMatchObject({
      pattern: '15 8 * * *',
      tz: 'Europe/Madrid',
    });
    expect(await queue.getJobScheduler(`bots-reminder:${u.id}:13:00`)).toMatchObject({
      pattern: '0 13 * * *',
      tz: 'Europe/Madrid',
    });
    expect(
      (await apiCall<{ mealReminders: string[] }>(t, u, 'GET', '/bots/telegram/link')).body.mealReminders,
    ).toEqual(['08:15', '13:00']);
  });
});
