import { createApiClient } from '@welness/contracts';
import { QueueService } from '@welness/platform';
import { createTestApp, type FakeTelegramServer, signUp, startFakeTelegram, type TestApp, type TestUser, textUpdate } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { PASSWORD, say, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

// Issue 16, settings: units (shown and entered, stored metric), reminder times, Telegram connection.

const SECRET = 'e2e-webhook-secret-0123456789abcdef';
const CHAT = 730_000_001;

let tg: FakeTelegramServer;
let app: TestApp;
let browser: Browser;
let page: Page;
let user: TestUser;
const email = uniqueEmail('units');

/** The HTTP API as this user sees it: the test asserts what is stored, not only what is shown. */
const api = () => createApiClient({ baseUrl: app.url, headers: user.auth });
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  tg = await startFakeTelegram();
  app = await createTestApp(
    { WEB_DIST_DIR: buildWeb(), TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: tg.url },
    { serveWeb: true },
  );
  // UTC keeps "today" the same day in the browser and on the server.
  user = await signUp(app, { email, password: PASSWORD, displayName: 'Pat', timeZone: 'UTC' });
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
  await signInThroughUi(page, email);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await tg?.close();
});

it('an imperial user enters 180 lb, the API stores 81.6 kg, and lb is shown everywhere after a reload', async () => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Imperial (lb, ft and in, mi)' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();
  expect((await api().GET('/api/v1/me')).data?.unitSystem).toBe('imperial');

  // Height in feet and inches, the goal weight in lb.
  const profile = page.getByRole('form', { name: 'Body profile (for your targets)' });
  await profile.getByRole('spinbutton', { name: 'Feet' }).fill('5');
  await profile.getByRole('spinbutton', { name: 'Inches' }).fill('10');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await profile.getByRole('status').waitFor();
  expect((await api().GET('/api/v1/me')).data?.heightCm).toBe(177.8);
  await page.getByLabel('Target weight (lb)').fill('160');
  await page.getByRole('button', { name: 'Save diet and goal' }).click();
  await page.getByRole('region', { name: 'Diet, allergies and goal' }).getByRole('status').waitFor();
  expect((await api().GET('/api/v1/goals')).data?.targetWeightKg).toBeCloseTo(72.575, 3);

  // The weigh-in, typed in lb.
  await page.goto('/progress');
  await page.getByLabel("Today's weight (lb)").fill('180');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByTestId('latest-weight').filter({ hasText: '180 lb' }).waitFor();
  const { data: weights } = await api().GET('/api/v1/body/weights', { params: { query: { from: today(), to: today() } } });
  expect(weights).toHaveLength(1);
  expect(Math.round(weights![0].weightKg * 10) / 10).toBe(81.6);

  // After a reload (the preference comes back from the server, not from this tab).
  await page.reload();
  await page.getByTestId('latest-weight').waitFor();
  expect(await page.getByTestId('latest-weight').textContent()).toMatch(/^Latest weigh-in: 180 lb on .*; trend 180 lb\.$/);
  expect(await page.getByLabel("Today's weight (lb)").count()).toBe(1);
  expect(await page.locator('main').textContent()).not.toMatch(/\d kg\b/);

  await page.goto('/');
  expect(await page.getByTestId('week-weight').textContent()).toMatch(/^Weight 180 lb/);
  expect(await page.locator('main').textContent()).not.toMatch(/\d kg\b/);

  await page.goto('/settings');
  const reloaded = page.getByRole('form', { name: 'Body profile (for your targets)' });
  expect(await reloaded.getByRole('spinbutton', { name: 'Feet' }).inputValue()).toBe('5');
  expect(await reloaded.getByRole('spinbutton', { name: 'Inches' }).inputValue()).toBe('10');
  expect(await page.getByLabel('Target weight (lb)').inputValue()).toBe('160');
  expect(await page.getByRole('radio', { name: 'Imperial (lb, ft and in, mi)' }).isChecked()).toBe(true);
});

it('Connect Telegram shows a one-time code and its t.me deep link, then the linked chat', async () => {
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Connect Telegram' });
  await section.getByRole('button', { name: 'Connect Telegram' }).click();
  const link = section.getByRole('link', { name: 'Open Telegram' });
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  const code = new URL(href).searchParams.get('start') ?? '';
  expect(href).toBe(`https://t.me/${tg.botUsername}?start=${code}`);
  expect(code.length).toBeGreaterThanOrEqual(16);
  expect(await section.textContent()).toContain(`Code ${code}`);
  expect(await captureScreens(page, 'settings-telegram-code')).toEqual([]);

  // The person taps the link and Start: Telegram sends the bot "/start <code>".
  const res = await fetch(`${app.url}/api/v1/bots/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(textUpdate(CHAT, `/start ${code}`)),
  });
  expect(res.status).toBe(200);
  // No reload: the open page notices the link on its own.
  await section.getByText('A Telegram chat is connected to your account.').waitFor({ timeout: 30_000 });
  await section.getByRole('button', { name: 'Disconnect Telegram' }).waitFor();
  expect((await api().GET('/api/v1/bots/telegram/link')).data?.linked).toBe(true);
  // The bot greeted the chat.
  await tg.waitFor('sendMessage', 1);
  expect(tg.sent('sendMessage').some((c) => c.payload.chat_id === CHAT)).toBe(true);
});

it('reminder times set in settings are stored and shown again', async () => {
  await page.goto('/settings');
  const notifications = page.getByRole('region', { name: 'Notifications and reminders' });
  await notifications.getByText('Times are in your time zone, UTC.').waitFor();

  // Coach check-ins: daily at 20:30, weekly on Sunday at 18:00.
  await notifications.getByRole('checkbox', { name: 'Daily check-in' }).check();
  await notifications.getByLabel('Time of the daily check-in').fill('20:30');
  await notifications.getByRole('checkbox', { name: 'Weekly review' }).check();
  await notifications.getByLabel('Day of the weekly review').selectOption({ label: 'Sunday' });
  await notifications.getByLabel('Time of the weekly review').fill('18:00');
  await notifications.getByRole('button', { name: 'Save check-ins' }).click();
  await notifications.getByText('Check-ins saved.').waitFor();
  expect((await api().GET('/api/v1/agents/checkins')).data).toEqual({ dailyTime: '20:30', weeklyDay: 7, weeklyTime: '18:00' });

  // Meal reminders in the linked Telegram chat.
  await notifications.getByText('No meal reminders.').waitFor();
  await notifications.getByRole('button', { name: 'Add a time' }).click();
  await notifications.getByLabel('Reminder 1', { exact: true }).fill('12:30');
  await notifications.getByRole('button', { name: 'Add a time' }).click();
  await notifications.getByLabel('Reminder 2', { exact: true }).fill('08:00');
  await notifications.getByRole('button', { name: 'Save reminders' }).click();
  await notifications.getByText('Meal reminders saved: 08:00, 12:30.').waitFor();
  expect((await api().GET('/api/v1/bots/telegram/link')).data?.mealReminders).toEqual(['08:00', '12:30']);
  // Scheduled in the user's zone.
  const scheduler = await app.app.get(QueueService).queue('bots').getJobScheduler(`bots-reminder:${user.id}:08:00`);
  expect(scheduler).toMatchObject({ pattern: '0 8 * * *', tz: 'UTC' });

  await page.reload();
  const again = page.getByRole('region', { name: 'Notifications and reminders' });
  await again.getByLabel('Reminder 2', { exact: true }).waitFor();
  expect(await again.getByLabel('Reminder 1', { exact: true }).inputValue()).toBe('08:00');
  expect(await again.getByLabel('Reminder 2', { exact: true }).inputValue()).toBe('12:30');
  expect(await again.getByLabel('Time of the daily check-in').inputValue()).toBe('20:30');
  expect(await again.getByLabel('Day of the weekly review').inputValue()).toBe('7');
  expect(await again.getByLabel('Time of the weekly review').inputValue()).toBe('18:00');
  expect(await again.getByRole('checkbox', { name: 'Daily check-in' }).isChecked()).toBe(true);

  // Removing one and saving keeps the other.
  await again.getByRole('button', { name: 'Remove reminder 2' }).click();
  await again.getByRole('button', { name: 'Save reminders' }).click();
  await again.getByText('Meal reminders saved: 08:00.').waitFor();
  expect((await api().GET('/api/v1/bots/telegram/link')).data?.mealReminders).toEqual(['08:00']);
});

it('onboarding asks an imperial user for feet, inches and pounds and stores cm and kg', async () => {
  await page.goto('/onboarding');
  expect(await page.getByRole('radio', { name: 'Imperial (lb, ft and in, mi)' }).isChecked()).toBe(true);
  for (const answer of ['maintain my weight', '34', 'male']) await say(page, answer);
  await page.getByText('How tall are you (in feet and inches, for example 5 ft 10 in)?').waitFor();
  await say(page, '6 1');
  await page.getByText('What do you weigh now (in lb)?').waitFor();
  await say(page, '200');
  for (const answer of ['moderately active', 'omnivore', 'none', 'none', 'none']) await say(page, answer);
  await page.getByText('All set! Your targets are ready.').waitFor();
  expect((await api().GET('/api/v1/me')).data?.heightCm).toBe(185);
  const { data: weights } = await api().GET('/api/v1/body/weights', { params: { query: { from: today(), to: today() } } });
  expect(weights?.map((w) => w.weightKg)).toEqual([90.7]);
  // The interview's own weigh-in shows in lb too.
  await page.goto('/progress');
  expect(await page.getByTestId('latest-weight').textContent()).toMatch(/^Latest weigh-in: 200 lb/);
});

it('settings has no serious or critical axe issue at phone and desktop size, light and dark', async () => {
  await page.goto('/settings');
  await page.getByRole('region', { name: 'Notifications and reminders' }).getByLabel('Reminder 1', { exact: true }).waitFor();
  expect(await captureScreens(page, 'settings')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await captureScreens(page, 'settings-dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  // Keyboard: the units choice is reachable and operable without a mouse.
  await page.getByRole('radio', { name: 'Metric (kg, cm, km)' }).focus();
  await page.keyboard.press('Space');
  expect(await page.getByRole('radio', { name: 'Metric (kg, cm, km)' }).isChecked()).toBe(true);
});
