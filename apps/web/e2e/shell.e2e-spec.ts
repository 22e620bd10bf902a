import { createTestApp, type TestApp } from '@welness/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { barcodeClip } from './support/barcode-clip';
import { launchChromium, newContext } from './support/browser';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

// A real EAN-13 from ../shared/data/off (off-csv-2026-random1000.jsonl).
const CODE = '8410376049879';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dist = buildWeb();
  app = await createTestApp({ WEB_DIST_DIR: dist }, { serveWeb: true });
  const clip = await barcodeClip(CODE, mkdtempSync(join(tmpdir(), 'welness-clip-')));
  browser = await launchChromium({ fakeCameraClip: clip });
  page = await (await newContext(browser, app.url)).newPage();
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await app?.close();
});

it('serves the shell with every store up, accessible at phone and desktop size', async () => {
  await page.goto('/status');
  await page.getByText('All services are up').waitFor();
  expect(await captureScreens(page, 'status')).toEqual([]);
});

it('switches to Spanish and back, translating the navigation', async () => {
  await page.goto('/status');
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('link', { name: 'Escanear' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await page.getByLabel('Idioma').selectOption('en');
  await page.getByRole('link', { name: 'Scan' }).waitFor();
});

it('reads an EAN-13 from the camera and opens its product page', async () => {
  await page.goto('/scan');
  expect(await captureScreens(page, 'scan')).toEqual([]);
  await page.getByRole('button', { name: 'Start camera' }).click();
  await page.waitForURL(`**/products/${CODE}`, { timeout: 20_000 });
});
