import { createTestApp, signUp, type TestApp } from '@welness/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { barcodeClip } from './support/barcode-clip';
import { launchChromium, newContext } from './support/browser';
import { importThroughApi, makeImportsDir } from './support/catalogue';
import { completeOnboarding, signUpThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

// A real EAN-13 from ../shared/data/off (off-csv-2026-random1000.jsonl).
const CODE = '8410376049879';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dist = buildWeb();
  app = await createTestApp({ WEB_DIST_DIR: dist, IMPORTS_DIR: makeImportsDir() }, { serveWeb: true });
  await importThroughApi(app, await signUp(app, { roles: ['admin'] }), 'off-csv-2026-random1000.jsonl');
  const clip = await barcodeClip(CODE, mkdtempSync(join(tmpdir(), 'welness-clip-')));
  browser = await launchChromium({ fakeCameraClip: clip });
  page = await (await newContext(browser, app.url)).newPage();
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await app?.close();
});

it('signs up and is interviewed by the offline coach until targets exist', async () => {
  await signUpThroughUi(page, uniqueEmail('journey'), 'Ana');
  expect(await captureScreens(page, 'onboarding')).toEqual([]);
  await completeOnboarding(page);
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await page.getByRole('heading', { name: 'Hello, Ana' }).waitFor();
  // Targets came from the interview: the remaining energy is a number, not "—".
  await page.getByTestId('energy-remaining').filter({ hasText: 'kcal' }).waitFor();
  expect(await captureScreens(page, 'dashboard')).toEqual([]);
});

it('quick-adds to the diary and the dashboard totals follow', async () => {
  await page.getByRole('link', { name: 'Diary' }).first().click();
  await page.getByRole('heading', { name: 'Food diary' }).waitFor();
  await page.getByLabel('What you ate').fill('Paella');
  await page.getByLabel('Energy (kcal)').fill('640');
  await page.getByLabel('Meal').selectOption('lunch');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByTestId('slot-lunch').getByText('Paella').waitFor();
  await page.getByTestId('diary-total').filter({ hasText: '640 kcal' }).waitFor();
  expect(await captureScreens(page, 'diary')).toEqual([]);
  await page.getByRole('link', { name: 'Today' }).first().click();
  await page.getByTestId('energy-consumed').filter({ hasText: '640 kcal' }).waitFor();
});

it('scans a real EAN-13 with the camera, logs the product and sees the dashboard totals move', async () => {
  await page.getByRole('link', { name: 'Today' }).first().click();
  const before = await page.getByTestId('energy-consumed').innerText();
  await page.getByRole('link', { name: 'Scan' }).first().click();
  expect(await captureScreens(page, 'scan')).toEqual([]);
  await page.getByRole('button', { name: 'Start camera' }).click();
  await page.waitForURL(`**/products/${CODE}`, { timeout: 20_000 });
  await page.getByTestId('nutrition-table').waitFor();
  await page.getByText('Data from Open Food Facts — ODbL').waitFor();
  expect(await captureScreens(page, 'product')).toEqual([]);
  await page.getByLabel('Portion (g)').fill('30');
  await page.getByRole('button', { name: 'Log it' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByTestId('energy-consumed').filter({ hasNotText: before }).waitFor();
  expect(before).toBe('640 kcal');
});

it('finds a product by search from the diary and opens it', async () => {
  await page.goto('/diary');
  await page.getByLabel('Search foods and brands').fill('galleta rellena');
  await page.getByTestId('search-results').getByRole('link', { name: /Galleta rellena de chocolate/ }).first().click();
  await page.waitForURL(`**/products/${CODE}`);
  await page.getByRole('heading', { name: /Galleta rellena de chocolate/ }).waitFor();
});

it('talks to the coach with a streamed reply', async () => {
  await page.getByRole('link', { name: 'Coach' }).first().click();
  await page.getByRole('button', { name: 'New conversation' }).click();
  await page.waitForURL(/[?&]c=/);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Write a message').fill('How am I doing today?');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByTestId('streaming').waitFor({ state: 'detached' });
  await page.locator('.bubble.assistant').first().waitFor();
  expect(await captureScreens(page, 'coach')).toEqual([]);
});

it('generates a diet plan with preferences and shows the week against its targets', async () => {
  await page.goto('/plan');
  await page.getByText('You have no plan for this week yet.').waitFor();
  await page.getByLabel('Week').selectOption({ label: 'Next week' });
  await page.getByLabel('Diet', { exact: true }).selectOption('vegetarian');
  await page.getByLabel('Allergens to avoid').fill('milk');
  await page.getByRole('button', { name: 'Generate' }).click();
  await page.locator('[data-testid^="plan-day-"]').nth(6).waitFor();
  expect(await captureScreens(page, 'plan')).toEqual([]);
});

it('logs an activity and a weigh-in, and shows them on the activity and progress pages', async () => {
  await page.goto('/activities');
  await page.getByLabel('Activity type').locator('option').nth(1).waitFor({ state: 'attached' });
  await page.getByLabel('Activity type').selectOption({ index: 1 });
  await page.getByLabel('Minutes').fill('45');
  await page.getByRole('button', { name: 'Log activity' }).click();
  await page.getByText(/Logged: .* burned\./).waitFor();
  await page.getByTestId('activity-list').locator('li').first().waitFor();
  expect(await captureScreens(page, 'activities')).toEqual([]);
  await page.goto('/progress');
  await page.getByLabel("Today's weight (kg)").fill('69.4');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('img', { name: /Weigh-ins over 90 days/ }).waitFor();
  await page.getByTestId('week-stats').waitFor();
  expect(await captureScreens(page, 'progress')).toEqual([]);
});
