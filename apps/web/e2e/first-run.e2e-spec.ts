import { createTestApp, type TestApp } from '@welness/testing';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { signUpThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

// A newcomer's install: the repository's own OFF sample, and one address in ADMIN_EMAILS.
const SAMPLE = resolve(__dirname, '../../../data/off-sample/products.jsonl.gz');
const adminEmail = uniqueEmail('first-admin');

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await createTestApp(
    { WEB_DIST_DIR: buildWeb(), ADMIN_EMAILS: adminEmail, FACTS_SEED_SAMPLE: 'true', FACTS_SEED_FILE: SAMPLE },
    { serveWeb: true },
  );
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await app?.close();
});

it('the address in ADMIN_EMAILS signs up and opens the admin console, where the sample import completes', async () => {
  await signUpThroughUi(page, adminEmail, 'Ada');
  await page.goto('/admin');
  await page.getByRole('heading', { name: 'Administration' }).waitFor();
  await page.getByRole('progressbar', { name: /products\.jsonl\.gz — completed/ }).waitFor({ timeout: 120_000 });
  await page.getByText(/2,105 read/).waitFor();
  expect(await captureScreens(page, 'first-run-admin')).toEqual([]);
});

it('finds a sample product by its typed barcode, with the Open Food Facts credit', async () => {
  await page.goto('/scan');
  await page.getByLabel('Barcode number').fill('3596710387557');
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByRole('heading', { name: 'Barquettes chocolat' }).waitFor();
  await page.getByText(/Open Food Facts/).first().waitFor();
});

it('tells an admin how to load the full catalogue when a barcode is unknown, and offers to add it', async () => {
  await page.goto('/scan');
  await page.getByLabel('Barcode number').fill('4006381333931');
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByRole('heading', { name: 'Is the full catalogue loaded?' }).waitFor();
  await page.getByText('npm run facts:import -- openfoodfacts-products.jsonl.gz').waitFor();
  expect(await page.getByRole('link', { name: 'Admin → Imports' }).getAttribute('href')).toBe('/admin');
  await page.getByText('Add this product').first().waitFor();
  expect(await captureScreens(page, 'first-run-unknown-product')).toEqual([]);
});
