import { createTestApp, signUp, type TestApp } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { makeImportsDir } from './support/catalogue';
import { PASSWORD, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

let app: TestApp;
let browser: Browser;
let page: Page;
const adminEmail = uniqueEmail('admin');

beforeAll(async () => {
  app = await createTestApp({ WEB_DIST_DIR: buildWeb(), IMPORTS_DIR: makeImportsDir() }, { serveWeb: true });
  await signUp(app, { email: adminEmail, password: PASSWORD, displayName: 'Admin', roles: ['admin'] });
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('starts an import of a shared data file and watches its progress bar reach 100 %', async () => {
  await signInThroughUi(page, adminEmail);
  await page.goto('/admin');
  await page.getByLabel('File or URL').fill('off-csv-2026-random1000.jsonl');
  await page.getByRole('button', { name: 'Start import' }).click();
  const bar = page.getByRole('progressbar', { name: /off-csv-2026-random1000\.jsonl/ });
  await bar.waitFor();
  // The bar is polled live; it must end at 100 with the import marked completed.
  await page.getByRole('progressbar', { name: 'off-csv-2026-random1000.jsonl — completed' }).waitFor({ timeout: 60_000 });
  expect(await bar.getAttribute('aria-valuenow')).toBe('100');
  await page.getByText(/1,000 read/).waitFor();
  expect(await captureScreens(page, 'admin')).toEqual([]);
});
