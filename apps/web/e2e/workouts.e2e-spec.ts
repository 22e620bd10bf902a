import { apiCall, createTestApp, signUp, type TestApp } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { PASSWORD, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

let app: TestApp;
let browser: Browser;
let page: Page;
const email = uniqueEmail('lifter');

/** Seconds the rest timer shows ("1:29" → 89). */
const timerSeconds = (page: Page) =>
  page.getByRole('timer', { name: 'Rest time left' }).evaluate((el) => {
    const [m, s] = (el.textContent ?? '').split(':').map(Number);
    return m * 60 + s;
  });

beforeAll(async () => {
  app = await createTestApp({ WEB_DIST_DIR: buildWeb() }, { serveWeb: true });
  // Setup, not under test: a squat of 60 kg × 5 last week, so today's sets meet a real record.
  const user = await signUp(app, { email, password: PASSWORD, displayName: 'Ana', timeZone: 'UTC' });
  const squat = (await apiCall<{ id: string; slug: string }[]>(app, user, 'GET', '/workouts/exercises?q=squat')).body.find((e) => e.slug === 'back-squat')!;
  const past = await apiCall<{ id: string }>(app, user, 'POST', '/workouts/sessions', { startedAt: new Date(Date.now() - 7 * 86_400_000).toISOString() });
  await apiCall(app, user, 'POST', `/workouts/sessions/${past.body.id}/sets`, { exerciseId: squat.id, reps: 5, weightKg: 60 });
  await apiCall(app, user, 'POST', `/workouts/sessions/${past.body.id}/finish`);
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
  await signInThroughUi(page, email);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('finds Workouts in the menu, builds a routine and starts it', async () => {
  await page.goto('/');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Workouts' }).click();
  await page.getByRole('heading', { level: 1, name: 'Workouts' }).waitFor();
  await page.getByText('New routine').click();
  await page.getByLabel('Routine name').fill('Strength A');
  const exercise = page.getByRole('group', { name: 'Exercise 1' });
  await exercise.getByLabel('Exercise').selectOption({ label: 'Barbell Back Squat' });
  await exercise.getByLabel('Sets').fill('2');
  await exercise.getByLabel('Reps').fill('5');
  await exercise.getByLabel('Weight (kg)').fill('60');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await page.getByText('Routine “Strength A” saved.').waitFor();
  await page.getByRole('button', { name: 'Start Day A' }).click();
  await page.getByRole('heading', { level: 1, name: 'Workout: Strength A: Day A' }).waitFor();
  expect(await timerSeconds(page)).toBe(90);
});

it('logs sets: the rest timer counts down, progression is on track, and a heavier set earns a PR badge', async () => {
  const block = page.getByTestId('exercise-block').filter({ hasText: 'Barbell Back Squat' });
  await block.getByText('Plan: 5 × 60 kg, 5 × 60 kg').waitFor();
  // The form starts with the plan's first set; 60 kg × 5 only equals last week's best.
  expect(await block.getByLabel('Weight (kg)').inputValue()).toBe('60');
  await block.getByLabel('RPE (effort)').selectOption('8');
  await block.getByRole('button', { name: 'Log set' }).click();
  await block.getByText('Set 1: 60 kg × 5 · RPE 8').waitFor();
  expect(await block.getByTestId('pr-badge').count()).toBe(0);
  await block.getByText('On track: one more set of 5 at 60 kg and next time moves up to 62.5 kg.').waitFor();

  await page.getByText('Resting').waitFor();
  const started = await timerSeconds(page);
  expect(started).toBeGreaterThan(80);
  await page.waitForFunction((from) => {
    const [m, s] = (document.querySelector('[data-testid="rest-timer"]')?.textContent ?? '').split(':').map(Number);
    return m * 60 + s < from;
  }, started);

  await block.getByLabel('Weight (kg)').fill('65');
  await block.getByRole('button', { name: 'Log set' }).click();
  const second = block.getByRole('listitem').filter({ hasText: 'Set 2: 65 kg × 5' });
  await second.getByTestId('pr-badge').waitFor();
  expect(await second.textContent()).toContain('Personal record: heaviest weight');
  expect(await page.getByTestId('pr-announcement').textContent()).toBe('New personal record on Barbell Back Squat: heaviest weight, best estimated 1RM, most volume in a set.');
  await block.getByText('Every set done: next time moves up from 60 kg to 62.5 kg.').waitFor();
  // A new rest started with the second set.
  expect(await timerSeconds(page)).toBeGreaterThan(80);
  expect(await captureScreens(page, 'workout-session')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await captureScreens(page, 'workout-session-dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Finish workout' }).click();
  await page.getByTestId('progression-result').getByText('Barbell Back Squat: 60 kg → 62.5 kg').waitFor();
  expect(await page.getByRole('timer').count()).toBe(0);
});

it('shows the session in the history with its volume, and the new records', async () => {
  await page.getByRole('link', { name: 'All workouts' }).click();
  const history = page.getByTestId('workout-history');
  // 60 × 5 + 65 × 5 = 625 kg today; last week's 300 kg below it.
  const today = history.getByRole('listitem').filter({ hasText: 'Strength A: Day A' });
  await today.getByText('2 sets · 625 kg').waitFor();
  expect(await history.getByRole('listitem').filter({ hasText: '1 set · 300 kg' }).count()).toBe(1);
  const chart = page.getByRole('figure').filter({ hasText: 'Volume per workout' });
  const bars = await chart.getByRole('listitem').allTextContents();
  expect(bars).toHaveLength(2);
  expect(bars[1]).toMatch(/: 625 kg$/);
  expect(bars[0]).toMatch(/: 300 kg$/);
  const squat = page.getByTestId('records').getByRole('row').filter({ hasText: 'Barbell Back Squat' });
  expect(await squat.getByRole('cell').first().textContent()).toContain('65 kg');
  // Nothing (the four-column records table included) widens the page on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  expect(await captureScreens(page, 'workouts')).toEqual([]);
});

it('removes a set logged by mistake, after asking; the record passes back to the best set left', async () => {
  await page.getByTestId('workout-history').getByRole('listitem').filter({ hasText: 'Strength A: Day A' }).getByRole('link').click();
  const block = page.getByTestId('exercise-block').filter({ hasText: 'Barbell Back Squat' });
  await block.getByText('Set 2: 65 kg × 5').waitFor();
  const asked: string[] = [];
  // First "no": the set stays. Then "yes".
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await block.getByRole('button', { name: 'Remove set 2 of Barbell Back Squat' }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toBe('Remove set 2 of Barbell Back Squat (65 kg × 5)?');
  expect(await block.getByText('Set 2: 65 kg × 5').count()).toBe(1);
  page.once('dialog', (d) => void d.accept());
  await block.getByRole('button', { name: 'Remove set 2 of Barbell Back Squat' }).click();
  await page.getByTestId('session-total').getByText('Total: 1 set, 300 kg').waitFor();
  expect(await block.getByText('Set 2: 65 kg × 5').count()).toBe(0);

  await page.getByRole('link', { name: 'All workouts' }).click();
  const squat = page.getByTestId('records').getByRole('row').filter({ hasText: 'Barbell Back Squat' });
  await expect.poll(async () => squat.getByRole('cell').first().textContent()).toContain('60 kg');
  await page.getByTestId('workout-history').getByRole('listitem').filter({ hasText: 'Strength A: Day A' }).getByText('1 set · 300 kg').waitFor();
});
