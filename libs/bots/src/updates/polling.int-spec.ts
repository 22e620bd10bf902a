import { FakeTelegramServer, TestApp, createTestApp, startFakeTelegram, textUpdate } from '@welness/testing';

describe('Telegram long polling (TELEGRAM_MODE=polling) and per-chat pacing', () => {
  let tg: FakeTelegramServer;
  let t: TestApp;

  beforeAll(async () => {
    tg = await startFakeTelegram();
    t = await createTestApp({ TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_MODE: 'polling', TELEGRAM_API_ROOT: tg.url });
  });
  afterAll(async () => {
    await t?.close();
    await tg?.close();
  });

  it('takes updates from getUpdates, answers them, and spaces messages to one chat ≥ 1 s apart', async () => {
    await tg.waitFor('deleteWebhook', 1);
    const chat = 720_000_001;
    for (const text of ['/help', 'hello', '/today']) tg.pushUpdate(textUpdate(chat, text));
    const sends = await tg.waitFor('sendMessage', 3, 60_000);
    expect(sends.map((c) => c.payload.chat_id)).toEqual([chat, chat, chat]);
    for (const c of sends) expect(c.payload.text).toMatch(/^Hi! I'm the Welness AI coach\./);
    const times = sends.map((c) => c.at).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1000);
    // The webhook route is closed in polling mode.
    const res = await fetch(`${t.url}/api/v1/bots/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'x'.repeat(20) },
      body: JSON.stringify(textUpdate(chat, '/help')),
    });
    expect(res.status).toBe(404);
  });
});
