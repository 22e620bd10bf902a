import { addDays } from '@welness/nutrition';
import { apiCall, createTestApp, signUp, type TestApp, type TestUser } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { PASSWORD, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

let app: TestApp;
let browser: Browser;
let page: Page;
let user: TestUser;
let today: string;
const email = uniqueEmail('progress');
// The browser runs en-US: dates read as the page writes them.
const medium = (d: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(`${d}T12:00:00`));
const short = (d: string) => new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short' }).format(new Date(`${d}T12:00:00`));

beforeAll(async () => {
  app = await createTestApp({ WEB_DIST_DIR: buildWeb() }, { serveWeb: true });
  // Setup, not under test: a diary on four days, a workout, three weeks of weigh-ins and a goal.
  user = await signUp(app, { email, password: PASSWORD, displayName: 'Leo', timeZone: 'UTC' });
  today = (await apiCall<{ today: string }>(app, user, 'GET', '/summary/calendar')).body.today;
  for (const back of [0, 1, 2, 20]) {
    const entry = { kind: 'quick', quantity: 1, unit: 'serving', slot: 'lunch', date: addDays(today, -back), quick: { name: 'Soup', energyKcal: 300 } };
    expect((await apiCall(app, user, 'POST', '/diary/entries', entry)).status).toBe(201);
  }
  const squat = (await apiCall<{ id: string }[]>(app, user, 'GET', '/workouts/exercises?q=squat')).body[0];
  const session = await apiCall<{ id: string }>(app, user, 'POST', '/workouts/sessions', { startedAt: `${addDays(today, -1)}T12:00:00Z` });
  await apiCall(app, user, 'POST', `/workouts/sessions/${session.body.id}/sets`, { exerciseId: squat.id, reps: 5, weightKg: 60 });
  // 82.0 kg three weeks ago, 0.1 kg less each day; body fat twice; the waist once.
  const rows = Array.from({ length: 21 }, (_, i) => `${addDays(today, i - 21)},${(82 - i * 0.1).toFixed(1)},${i === 0 ? '25.0' : i === 14 ? '24.4' : ''},,,`);
  const csv = ['date,weight_kg,body_fat_percent,name,value,unit', ...rows, `${addDays(today, -21)},,,waist,90,cm`].join('\n');
  expect((await apiCall<{ errors: unknown[] }>(app, user, 'POST', '/body/import', { csv })).body.errors).toEqual([]);
  await apiCall(app, user, 'PUT', '/goals', { direction: 'lose', rateKgPerWeek: 0.5, targetWeightKg: 76, targetDate: addDays(today, 60) });
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
  await signInThroughUi(page, email);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('shows the logged days of the last 90 in a calendar, with the streak and the workout', async () => {
  await page.goto('/progress');
  await page.getByRole('link', { name: /^Streak calendar/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Streak calendar' }).waitFor();
  const stats = page.getByTestId('streak-stats');
  await stats.getByText('Current streak: 3 days').waitFor();
  expect(await stats.getByRole('listitem').allTextContents()).toEqual([
    'Current streak: 3 days',
    'Longest: 3 days',
    'Logged 4 of 90 days (4 %)',
    '1 day with a workout',
  ]);
  const days = page.getByTestId('calendar-day');
  expect(await days.count()).toBe(90);
  const day = (back: number) => page.locator(`[data-testid="calendar-day"][data-date="${addDays(today, -back)}"]`);
  expect(await day(0).getAttribute('aria-current')).toBe('date');
  expect(await day(0).textContent()).toContain('logged, 1 entry (today)');
  expect(await day(1).textContent()).toContain('logged, 1 entry, 1 workout');
  expect(await day(20).getAttribute('data-logged')).toBe('true');
  expect(await day(5).textContent()).toContain('nothing logged');
  expect(await page.locator('[data-testid="calendar-day"][data-logged="true"]').count()).toBe(4);
  expect(await captureScreens(page, 'streak-calendar')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await captureScreens(page, 'streak-calendar-dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
});

it('charts the weight with its trend and the projection to the goal, then body fat and waist as logged', async () => {
  await page.goto('/progress');
  await page.getByRole('link', { name: /^Body measurements/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Body measurements' }).waitFor();
  const { weight } = (await apiCall<{ weight: { projectedDate: string; slopeKgPerWeek: number } }>(app, user, 'GET', '/goals/progress')).body;
  expect(weight.slopeKgPerWeek).toBeLessThan(0);
  const goal = page.getByTestId('goal-line');
  await goal.getByText(`Goal: 76 kg by ${medium(addDays(today, 60))}.`, { exact: false }).waitFor();
  expect(await goal.textContent()).toContain(`the trend reaches it on ${medium(weight.projectedDate)}`);

  const chart = page.getByRole('figure').filter({ hasText: 'Weight, trend and projection to the goal' });
  expect(await chart.getByTestId('chart-legend').getByRole('listitem').allTextContents()).toEqual(['Weigh-in', 'Trend', 'Projection', 'Goal 76 kg']);
  expect(await chart.getByTestId('chart-point').count()).toBe(21);
  const table = chart.getByRole('table', { name: 'Weight, trend and projection to the goal' });
  expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Date', 'Weigh-in', 'Trend', 'Projection']);
  // The projection's last row is the projected day, at the goal weight; the first weigh-in reads 82 kg.
  const rows = table.getByRole('row');
  expect(await rows.last().getByRole('cell').allTextContents()).toEqual(['', '', '76 kg']);
  expect(await rows.last().getByRole('rowheader').textContent()).toBe(short(weight.projectedDate));
  expect(await rows.nth(1).getByRole('cell').allTextContents()).toEqual(['82 kg', '82 kg', '']);

  const form = page.getByRole('region', { name: 'Log measurements' });
  await form.getByLabel('Weight (kg)').fill('79.8');
  await form.getByLabel('Body fat (%)').fill('24.1');
  await form.getByLabel('Waist (cm)').fill('88.5');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Saved.').waitFor();
  await page.getByTestId('weight-now').getByText('Latest 79.8 kg').waitFor();
  const fat = page.getByRole('table', { name: 'Body fat percentage' });
  await fat.getByRole('row', { name: short(today) }).waitFor();
  expect(await fat.getByRole('cell').allTextContents()).toEqual(['25 %', '24.4 %', '24.1 %']);
  const waist = page.getByRole('table', { name: 'Waist circumference' });
  await waist.getByRole('row', { name: medium(today) }).waitFor();
  expect(await waist.getByRole('cell').allTextContents()).toEqual(['90 cm', '88.5 cm']);
  expect(await captureScreens(page, 'body-measurements')).toEqual([]);
});
