import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestApp, signUp, type TestApp } from '@welness/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { PASSWORD, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';
import { zipOf } from './support/zip';

const FIXTURES = resolve(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name));

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await createTestApp({ WEB_DIST_DIR: buildWeb() }, { serveWeb: true });
  const email = uniqueEmail('imports');
  await signUp(app, { email, password: PASSWORD, displayName: 'Ana', timeZone: 'Europe/Madrid' });
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
  await signInThroughUi(page, email);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The bar's value as assistive technology reads it. */
const barAt100 = (card: Locator, testId: string) => card.locator(`[data-testid="${testId}"] [role="progressbar"][aria-valuenow="100"]`);

/** The rejects table as [line, reason] rows. */
async function rejectRows(card: Locator): Promise<string[][]> {
  const rows = card.getByTestId('rejects-report').locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
}

it('is found from the navigation; a body-metrics CSV reports what it kept and every bad row by line', async () => {
  await page.goto('/');
  // On a phone, "Import data" sits under "More".
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Import data' }).click();
  await page.getByRole('heading', { name: 'Import your data', level: 1 }).waitFor();
  const card = page.getByTestId('import-body-csv');
  await card.getByLabel('File to import').setInputFiles({ name: 'body-metrics.csv', mimeType: 'text/csv', buffer: fixture('body-metrics.csv') });
  await card.getByRole('button', { name: 'Upload and import' }).click();
  await barAt100(card, 'upload-progress').waitFor();
  await card.getByText('Imported — weigh-ins: 2, measurements: 1.').waitFor();
  await card.getByRole('heading', { name: 'Rows left out (3)' }).waitFor();
  expect(await rejectRows(card)).toEqual([
    ['5', 'weight_kg must be a number from 20 to 500'],
    ['6', 'date must be YYYY-MM-DD'],
    ['7', 'a measurement needs a value from 0 to 100000 and a unit'],
  ]);
});

it('uploads an activity CSV, follows the job to 100 % and lists the rows it left out', async () => {
  const card = page.getByTestId('import-activity-csv');
  await card.getByLabel('File to import').setInputFiles({ name: 'activities.csv', mimeType: 'text/csv', buffer: fixture('activities.csv') });
  await card.getByRole('button', { name: 'Upload and import' }).click();
  await barAt100(card, 'upload-progress').waitFor();
  await barAt100(card, 'import-progress').waitFor();
  await card.getByTestId('import-done').filter({ hasText: 'activities: 3' }).waitFor();
  // The API's rate for the finished job: 5 rows read, some rows/s.
  expect(await card.getByTestId('import-rate').textContent()).toMatch(/^5 rows read · [\d,.]+ rows\/s$/);
  expect(await rejectRows(card)).toEqual([
    ['4', 'duration_min must be within 1–1440'],
    ['5', 'unknown activity type "parkour"'],
  ]);
});

it('streams an Apple Health export.zip: the bar reaches 100 %, then the rejects can be read and downloaded', async () => {
  const card = page.getByTestId('import-apple-health');
  const zip = zipOf('apple_health_export/export.xml', fixture('apple-health-export.xml'));
  await card.getByLabel('File to import').setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: zip });
  await card.getByRole('button', { name: 'Upload and import' }).click();
  await barAt100(card, 'upload-progress').waitFor();
  await barAt100(card, 'import-progress').waitFor();
  await card.getByText('Imported — activities: 2, days of steps: 1, weigh-ins: 1.').waitFor();
  await card.getByRole('heading', { name: 'Rows left out (3)' }).waitFor();
  expect(await rejectRows(card)).toEqual([
    ['—', 'Record BodyMass on 2026-04-02: "684 kg" is not a body weight'],
    ['—', 'Record StepCount: startDate "not recorded" is not a date'],
    ['—', 'Workout Cycling on 2026-04-03: duration "0" is not a positive number'],
  ]);
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^welness-import-[0-9a-f]{8}-rejects\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\n')[0]).toBe('Line,Reason');
  expect(csv).toContain(',"Workout Cycling on 2026-04-03: duration ""0"" is not a positive number"');
  expect(await captureScreens(page, 'imports')).toEqual([]);
});

it('lists earlier imports and reopens one’s report', async () => {
  await page.reload();
  const history = page.getByRole('region', { name: 'Earlier imports' });
  const csvImport = history.getByRole('button', { name: /^Show report: CSV import of / });
  await csvImport.click();
  await history.getByTestId('import-done').filter({ hasText: 'activities: 3' }).waitFor();
  expect(await rejectRows(history)).toHaveLength(2);
});
