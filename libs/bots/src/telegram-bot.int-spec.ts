import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import bwipjs from 'bwip-js';
import sharp from 'sharp';
import { CheckinService } from '@welness/agents';
import { QueueService } from '@welness/platform';
import {
  FakeOffServer,
  FakeTelegramServer,
  TestApp,
  TestUser,
  apiCall,
  callbackUpdate,
  createTestApp,
  myChatMemberUpdate,
  photoUpdate,
  signUp,
  startFakeOff,
  startFakeTelegram,
  textUpdate,
} from '@welness/testing';
import { DataSource } from 'typeorm';
import { UpdateJobs } from './updates/update.jobs';

const SECRET = 'test-webhook-secret-0123456789abcdef';
// A real Open Food Facts record (ODbL): 50 g pots, 123 kcal/100 g, contains milk, Nutri-Score C.
const CODE = '3350033035911';

function offProduct(code: string): Record<string, unknown> {
  const file = resolve(__dirname, '../../../../shared/data/off/off-api-2020-fr41.jsonl');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.includes(`"${code}"`)) continue;
    const rec = JSON.parse(line) as Record<string, unknown>;
    return (rec.product as Record<string, unknown>) ?? rec;
  }
  throw new Error(`fixture ${code} not found`);
}

const barcodePng = (code: string) =>
  bwipjs.toBuffer({ bcid: 'ean13', text: code, scale: 3, height: 18, includetext: true, paddingwidth: 20, paddingheight: 20, backgroundcolor: 'FFFFFF' });

/** What a chat saw: method, chat and text of each recorded call (answerCallbackQuery has no chat). */
const seen = (tg: FakeTelegramServer) =>
  tg.sent().map((c) => [c.method, c.payload.chat_id ?? null, (c.payload.text as string | undefined) ?? null]);

const buttons = (call: { payload: Record<string, unknown> }) =>
  ((call.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat();

describe('Telegram bot (webhook, fake Bot API)', () => {
  let tg: FakeTelegramServer;
  let off: FakeOffServer;
  let t: TestApp;
  let a: TestUser;
  const chatA = 710_000_001;
  const chatB = 710_000_002;
  const chatStranger = 710_000_003;

  const deliver = (update: Record<string, unknown>, secret: string | null = SECRET) =>
    fetch(`${t.url}/api/v1/bots/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
      body: JSON.stringify(update),
    });

  /** Waits until the bots queue has nothing waiting, active or delayed. */
  async function drain(timeoutMs = 45_000): Promise<void> {
    const queue = t.app.get(QueueService).queue('bots');
    const until = Date.now() + timeoutMs;
    for (;;) {
      const c = await queue.getJobCounts('waiting', 'active', 'prioritized');
      // Delayed jobs of job schedulers (the daily prune, reminders) are not work in flight; retries are.
      const delayed = (await queue.getDelayed()).filter((j) => !j.repeatJobKey).length;
      if (c.waiting + c.active + (c.prioritized ?? 0) + delayed === 0) return;
      if (Date.now() > until) throw new Error(`bots queue not drained: ${JSON.stringify({ ...c, delayed })}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function send(update: Record<string, unknown>): Promise<void> {
    const res = await deliver(update);
    expect(res.status).toBe(200);
    await drain();
  }

  async function link(user: TestUser, chatId: number): Promise<void> {
    const code = await apiCall<{ code: string }>(t, user, 'POST', '/bots/telegram/link-code');
    expect(code.status).toBe(201);
    await send(textUpdate(chatId, `/start ${code.body.code}`));
  }

  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    tg = await startFakeTelegram();
    off = await startFakeOff({ [CODE]: offProduct(CODE) });
    t = await createTestApp({
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: tg.url,
      FACTS_OFF_FALLBACK: 'true',
      FACTS_OFF_BASE_URL: off.url,
      FACTS_OFF_USER_AGENT: 'WelnessAI-test/1.0 (test@example.test)',
    });
    a = await signUp(t, { timeZone: 'UTC' });
    const me = await apiCall(t, a, 'PATCH', '/me', { birthDate: '1990-05-01', sex: 'female', heightCm: 168, activityLevel: 'moderate' });
    expect(me.status).toBe(200);
    expect((await apiCall(t, a, 'POST', '/body/weights', { date: '2020-01-01', weightKg: 64 })).status).toBe(201);
  });

  afterAll(async () => {
    await t?.close();
    await tg?.close();
    await off?.close();
  });

  beforeEach(() => tg.reset());

  it('link → barcode photo → log a portion → /today → a question to the coach → a reminder', async () => {
    // 1. Link: the web creates a one-time code and deep link; /start <code> links the chat.
    const created = await apiCall<{ code: string; deepLink: string; expiresAt: string }>(t, a, 'POST', '/bots/telegram/link-code');
    expect(created.status).toBe(201);
    expect(created.body.deepLink).toBe(`https://t.me/${tg.botUsername}?start=${created.body.code}`);
    expect(Date.parse(created.body.expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    tg.reset();
    await send(textUpdate(chatA, `/start ${created.body.code}`));
    expect(seen(tg)).toEqual([
      ['sendMessage', chatA, 'Linked! This chat now belongs to your Welness AI account. Send a barcode photo, /today for your day, or just ask me something. /help lists everything.'],
    ]);
    expect((await apiCall<{ linked: boolean }>(t, a, 'GET', '/bots/telegram/link')).body).toMatchObject({ enabled: true, linked: true, language: 'en' });

    // 2. Guided /log: pick the slot, then a barcode photo → product card with portion buttons.
    tg.reset();
    await send(textUpdate(chatA, '/log'));
    expect(seen(tg)).toEqual([['sendMessage', chatA, 'Which meal?']]);
    expect(buttons(tg.sent()[0]).map((b) => b.callback_data)).toEqual(['lg:breakfast', 'lg:lunch', 'lg:dinner', 'lg:snacks']);
    tg.reset();
    await send(callbackUpdate(chatA, 'lg:lunch'));
    expect(seen(tg)).toEqual([
      ['answerCallbackQuery', null, null],
      ['sendMessage', chatA, 'lunch: send a barcode photo, type the barcode digits, or type a food name to search.'],
    ]);

    tg.addFile('photo-a1', await barcodePng(CODE));
    tg.reset();
    await send(photoUpdate(chatA, 'photo-a1'));
    expect(tg.calls.map((c) => c.method)).toEqual(['getFile', 'sendMessage']);
    expect(tg.calls[0].payload.file_id).toBe('photo-a1');
    const card = tg.calls[1];
    expect(card.payload.chat_id).toBe(chatA);
    const text = card.payload.text as string;
    expect(text).toContain('Petits Fromages Frais aux Fruits');
    expect(text).toContain('62 kcal per');
    expect(text).toContain('123 kcal per 100 g');
    expect(text).toContain('Nutri-Score C');
    expect(text).toMatch(/Open Food Facts.*ODbL/);
    expect(buttons(card).map((b) => b.callback_data)).toEqual([`lp:${CODE}:lunch:s1`, `lp:${CODE}:lunch:g100`, `lp:${CODE}:lunch:g50`]);

    // 3. Log a portion from the card.
    tg.reset();
    await send(callbackUpdate(chatA, `lp:${CODE}:lunch:s1`, 102));
    expect(seen(tg)).toEqual([
      ['answerCallbackQuery', null, null],
      ['sendMessage', chatA, 'Logged to lunch: Petits Fromages Frais aux Fruits, 1 × 50 g (62 kcal).'],
    ]);
    const diary = await apiCall<{ slots: { lunch: { ref: string; grams: number; nutrients: { energyKcal: number } }[] } }>(t, a, 'GET', `/diary?date=${today()}`);
    expect(diary.body.slots.lunch).toHaveLength(1);
    expect(diary.body.slots.lunch[0]).toMatchObject({ ref: CODE, grams: 50 });
    expect(diary.body.slots.lunch[0].nutrients.energyKcal).toBeCloseTo(61.5, 1);

    // 4. /today: the summary card the HTTP API agrees with.
    tg.reset();
    await send(textUpdate(chatA, '/today'));
    const summary = await apiCall<{ energy: { consumedKcal: number; targetKcal: number; remainingKcal: number }; water: { target: number | null }; streak: { current: number } }>(
      t,
      a,
      'GET',
      `/summary/daily?date=${today()}`,
    );
    expect(summary.status).toBe(200);
    const e = summary.body.energy;
    expect(e.consumedKcal).toBeCloseTo(61.5, 1);
    expect(seen(tg)).toHaveLength(1);
    const todayText = tg.sent()[0].payload.text as string;
    expect(todayText.split('\n')[0]).toBe(`Today, ${today()}`);
    expect(todayText).toContain(`Energy: ${Math.round(e.consumedKcal)}/${Math.round(e.targetKcal)} kcal (${Math.round(e.remainingKcal)} left)`);
    expect(todayText).toContain(`Streak: ${summary.body.streak.current} day(s)`);

    // 5. A question to the coach: the same conversation core as web chat, reply in one message.
    tg.reset();
    await send(textUpdate(chatA, 'How am I doing today?'));
    const convs = await apiCall<{ items: { id: string; channel: string }[] }>(t, a, 'GET', '/agents/conversations');
    const conv = convs.body.items.find((c) => c.channel === 'telegram');
    expect(conv).toBeDefined();
    const msgs = await apiCall<{ items: { role: string; content: string }[] }>(t, a, 'GET', `/agents/conversations/${conv!.id}/messages`);
    const reply = [...msgs.body.items].reverse().find((m) => m.role === 'assistant')!;
    expect(msgs.body.items.some((m) => m.role === 'user' && m.content === 'How am I doing today?')).toBe(true);
    const coachCalls = tg.sent();
    // Streaming: one sendMessage, then at most edits of that same message, ending on the reply.
    expect(coachCalls[0].method).toBe('sendMessage');
    expect(coachCalls.slice(1).every((c) => c.method === 'editMessageText')).toBe(true);
    expect(coachCalls.at(-1)!.payload.text).toBe(reply.content.trim());

    // 6. Reminders: a meal reminder the user set (fired as its scheduler fires it) and a check-in.
    const set = await apiCall(t, a, 'PUT', '/bots/telegram/reminders', { mealReminders: ['12:30'] });
    expect(set.status).toBe(200);
    const queue = t.app.get(QueueService).queue('bots');
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.find((s) => s.key === `bots-reminder:${a.id}:12:30`)).toMatchObject({ pattern: '30 12 * * *', tz: 'UTC' });
    tg.reset();
    await t.app.get(QueueService).add('bots', 'bots.reminder', { userId: a.id, time: '12:30' });
    await drain();
    expect(seen(tg)).toHaveLength(1);
    expect(seen(tg)[0][0]).toBe('sendMessage');
    expect(seen(tg)[0][2]).toMatch(/^Time to log your (breakfast|lunch|dinner|snacks)\. Send a barcode photo or \/log\.$/);

    expect((await apiCall(t, a, 'PUT', '/agents/checkins', { dailyTime: '20:00', weeklyDay: null, weeklyTime: null })).status).toBe(200);
    tg.reset();
    const checkin = await t.app.get(CheckinService).deliver(a.id, 'daily');
    expect(checkin).not.toBeNull();
    expect(seen(tg)).toEqual([['sendMessage', chatA, checkin!.content]]);
  });

  it('the same update delivered 3 times makes one diary entry and one reply', async () => {
    const before = await apiCall<{ slots: { snacks: unknown[] } }>(t, a, 'GET', `/diary?date=${today()}`);
    const update = callbackUpdate(chatA, `lp:${CODE}:snacks:g100`, 103);
    for (let i = 0; i < 3; i++) expect((await deliver(update)).status).toBe(200);
    await drain();
    const after = await apiCall<{ slots: { snacks: unknown[] } }>(t, a, 'GET', `/diary?date=${today()}`);
    expect(after.body.slots.snacks.length).toBe(before.body.slots.snacks.length + 1);
    expect(tg.sent('sendMessage')).toHaveLength(1);
    expect(tg.sent('answerCallbackQuery')).toHaveLength(1);

    // Past the queue's job-id dedupe (a redelivery days later, or a second worker): the
    // processed-update table still refuses it.
    const again = await t.app.get(UpdateJobs).handle({ data: update } as never);
    expect(again).toEqual({ handled: false });
    expect(tg.sent('sendMessage')).toHaveLength(1);
  });

  it("a coach proposal that needs a yes becomes buttons; tapping one confirms it", async () => {
    await send(textUpdate(chatA, 'I had 2 eggs and a slice of toast for breakfast'));
    const proposal = tg.sent().at(-1)!;
    expect(proposal.payload.text).toMatch(/Shall I log 2 × Egg/);
    expect(buttons(proposal).map((b) => b.callback_data)).toEqual(['cf:1', 'cf:no']);
    const before = await apiCall<{ slots: { breakfast: unknown[] } }>(t, a, 'GET', `/diary?date=${today()}`);
    tg.reset();
    await send(callbackUpdate(chatA, 'cf:1', 500));
    expect(tg.sent()[0].method).toBe('answerCallbackQuery');
    const after = await apiCall<{ slots: { breakfast: { name: string }[] } }>(t, a, 'GET', `/diary?date=${today()}`);
    expect(after.body.slots.breakfast.length).toBe(before.body.slots.breakfast.length + 2);
    expect(after.body.slots.breakfast.map((e) => e.name).join(' ')).toMatch(/Egg/);
  });

  it('an unknown barcode starts a guided add; a photo without a barcode gets a clear answer', async () => {
    const unknown = '4006381333931';
    tg.addFile('photo-unknown', await barcodePng(unknown));
    await send(photoUpdate(chatA, 'photo-unknown'));
    expect(seen(tg).at(-1)![2]).toMatch(new RegExp(`^I don't know barcode ${unknown} yet\\. Let's add it`));
    tg.reset();
    await send(textUpdate(chatA, 'Oat biscuits; 450; 18; 62; 7'));
    const [added, card] = tg.sent();
    expect(added.payload.text).toBe('Added. Thanks! Here it is:');
    expect(card.payload.text).toMatch(/^Oat biscuits\n450 kcal per 100 g/);
    expect(card.payload.text).toContain('Added by a Welness AI user');
    expect(buttons(card).some((b) => b.callback_data.startsWith(`lp:${unknown}:`))).toBe(true);
    const own = await apiCall<{ code: string }>(t, a, 'GET', `/products/${unknown}`);
    expect(own.status).toBe(200);

    const blank = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
    tg.addFile('photo-blank', blank);
    tg.reset();
    await send(photoUpdate(chatA, 'photo-blank'));
    expect(tg.calls.map((c) => c.method)).toEqual(['getFile', 'sendMessage']);
    expect(seen(tg)).toEqual([
      ['sendMessage', chatA, 'I could not find a barcode in that photo. Fill the frame with the barcode, keep it sharp and well lit, or type the digits.'],
    ]);
  });

  it('speaks Spanish after /language es, linked or not', async () => {
    const chat = 710_000_030;
    await send(textUpdate(chat, '/language es'));
    tg.reset();
    await send(textUpdate(chat, '/today'));
    expect(seen(tg)[0][2]).toMatch(/^¡Hola! Soy el coach de Welness AI\./);
  });

  it("a chat linked to user B never sees A's data; an unlinked chat gets the intro only", async () => {
    const b = await signUp(t, { timeZone: 'UTC' });
    await link(b, chatB);
    tg.reset();
    await send(textUpdate(chatB, '/today'));
    const bToday = tg.sent()[0].payload.text as string;
    expect(tg.sent()[0].payload.chat_id).toBe(chatB);
    expect(bToday).toMatch(/Energy: 0\b/);
    expect(bToday).not.toContain('62');

    tg.reset();
    await send(callbackUpdate(chatB, `lp:${CODE}:dinner:g100`));
    const aDiary = await apiCall<{ slots: { dinner: unknown[] } }>(t, a, 'GET', `/diary?date=${today()}`);
    const bDiary = await apiCall<{ slots: { dinner: unknown[] } }>(t, b, 'GET', `/diary?date=${today()}`);
    expect(aDiary.body.slots.dinner).toHaveLength(0);
    expect(bDiary.body.slots.dinner).toHaveLength(1);

    // A stranger: every command, text, photo and button answers the intro, never data.
    tg.addFile('photo-s', await barcodePng(CODE));
    tg.reset();
    for (const u of [
      textUpdate(chatStranger, '/today'),
      textUpdate(chatStranger, 'what did I eat?'),
      photoUpdate(chatStranger, 'photo-s'),
      callbackUpdate(chatStranger, `lp:${CODE}:lunch:g100`),
    ]) {
      await send(u);
    }
    const calls = tg.sent();
    expect(calls.map((c) => c.method)).toEqual(['sendMessage', 'sendMessage', 'sendMessage', 'answerCallbackQuery', 'sendMessage']);
    for (const c of calls.filter((x) => x.method === 'sendMessage')) {
      expect(c.payload.chat_id).toBe(chatStranger);
      expect(c.payload.text).toMatch(/^Hi! I'm the Welness AI coach\./);
      expect(c.payload.text).toContain('/sign-up');
    }
    expect(tg.calls.some((c) => c.method === 'getFile')).toBe(false);
  });

  it('refuses an expired or reused link code, and rate-limits attempts', async () => {
    const c = await signUp(t);
    const code = (await apiCall<{ code: string }>(t, c, 'POST', '/bots/telegram/link-code')).body.code;
    await t.app.get(DataSource).query(`UPDATE bot_link_codes SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [c.id]);
    tg.reset();
    await send(textUpdate(710_000_010, `/start ${code}`));
    expect(seen(tg)).toEqual([['sendMessage', 710_000_010, 'That link code is invalid, expired or already used. Create a new one in Settings → Connect Telegram.']]);

    const fresh = (await apiCall<{ code: string }>(t, c, 'POST', '/bots/telegram/link-code')).body.code;
    await send(textUpdate(710_000_011, `/start ${fresh}`));
    tg.reset();
    await send(textUpdate(710_000_012, `/start ${fresh}`));
    expect(seen(tg)[0][2]).toMatch(/^That link code is invalid, expired or already used/);
    expect((await apiCall<{ linked: boolean }>(t, c, 'GET', '/bots/telegram/link')).body.linked).toBe(true);

    tg.reset();
    for (let i = 0; i < 6; i++) await send(textUpdate(710_000_013, `/start wrong-code-${i}-xxxxxxxx`));
    expect(seen(tg).map((s) => (s[2] as string).slice(0, 20))).toEqual([
      ...Array(5).fill('That link code is in'),
      'Too many attempts. W',
    ]);
  });

  it('answers 401 and enqueues nothing when the webhook secret is wrong or missing', async () => {
    const queue = t.app.get(QueueService).queue('bots');
    for (const secret of ['wrong-secret-wrong-secret-wrong!!', null]) {
      const update = textUpdate(chatA, '/today');
      const res = await deliver(update, secret);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await queue.getJob(`u${update.update_id as number}`)).toBeUndefined();
    }
    await drain();
    expect(tg.sent()).toEqual([]);
  });

  it('honours 429 retry_after, and a 403 (bot blocked) unlinks the chat', async () => {
    tg.failNext('sendMessage', { status: 429, retryAfter: 1 }, { chatId: chatA });
    await send(textUpdate(chatA, '/help'));
    const sends = tg.calls.filter((c) => c.method === 'sendMessage');
    expect(sends.map((c) => c.status)).toEqual([429, 200]);
    expect(sends[1].at - sends[0].at).toBeGreaterThanOrEqual(1000);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/bot_rate_limited_total\{method="sendMessage"\} [1-9]/);

    tg.reset();
    tg.failNext('sendMessage', { status: 403 }, { chatId: chatA });
    await send(textUpdate(chatA, '/today'));
    expect(tg.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([403]);
    expect((await apiCall<{ linked: boolean }>(t, a, 'GET', '/bots/telegram/link')).body.linked).toBe(false);
    const [row] = (await t.app.get(DataSource).query(`SELECT user_id, blocked_at FROM bot_chats WHERE chat_id = $1`, [chatA])) as {
      user_id: string | null;
      blocked_at: Date | null;
    }[];
    expect(row.user_id).toBeNull();
    expect(row.blocked_at).not.toBeNull();
    // Blocked means unlinked: the next message gets the intro, not data.
    tg.reset();
    await send(textUpdate(chatA, '/today'));
    expect(seen(tg)[0][2]).toMatch(/^Hi! I'm the Welness AI coach\./);
  });

  it('/stop and the web both unlink; export lists the chat', async () => {
    const d = await signUp(t);
    await link(d, 710_000_020);
    const exported = await apiCall<{ modules: { bots: { chat: { chatId: string } | null } } }>(t, d, 'GET', '/me/export');
    expect(exported.body.modules.bots.chat?.chatId).toBe('710000020');
    tg.reset();
    await send(textUpdate(710_000_020, '/stop'));
    expect(seen(tg)[0][2]).toMatch(/^Unlinked\./);
    expect((await apiCall<{ linked: boolean }>(t, d, 'GET', '/bots/telegram/link')).body.linked).toBe(false);

    await link(d, 710_000_021);
    expect((await apiCall<{ linked: boolean }>(t, d, 'GET', '/bots/telegram/link')).body.linked).toBe(true);
    expect((await apiCall(t, d, 'DELETE', '/bots/telegram/link')).status).toBe(204);
    expect((await apiCall<{ linked: boolean }>(t, d, 'GET', '/bots/telegram/link')).body.linked).toBe(false);

    // Blocking the bot in Telegram (my_chat_member: kicked) unlinks without sending anything.
    await link(d, 710_000_022);
    tg.reset();
    await send(myChatMemberUpdate(710_000_022, 'kicked'));
    expect(tg.sent()).toEqual([]);
    expect((await apiCall<{ linked: boolean }>(t, d, 'GET', '/bots/telegram/link')).body.linked).toBe(false);
  });
});
