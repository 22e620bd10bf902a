import { createTestApp, type TestApp } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dist = buildWeb();
  app = await createTestApp({ WEB_DIST_DIR: dist }, { serveWeb: true });
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await app?.close();
});

it('serves the shell with every store up, accessible at phone and desktop size', async () => {
  await page.goto('/status');
  await page.getByTestId('overall').filter({ hasText: 'All services are up' }).waitFor();
  expect(await captureScreens(page, 'status')).toEqual([]);
  // The dark palette must pass the same contrast checks.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await captureScreens(page, 'status-dark')).toEqual([]);
  await page.getByLabel('Theme').selectOption('light');
  expect(await page.getAttribute('html', 'data-theme')).toBe('light');
  await page.getByLabel('Theme').selectOption('system');
  await page.emulateMedia({ colorScheme: 'light' });
});

it('switches to Spanish and back, translating the navigation', async () => {
  await page.goto('/status');
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('link', { name: 'Escanear' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await page.getByLabel('Idioma').selectOption('en');
  await page.getByRole('link', { name: 'Scan' }).waitFor();
});

it('sends a visitor to sign in and back, with accessible sign-in and sign-up pages', async () => {
  await page.goto('/diary');
  await page.waitForURL('**/sign-in?next=%2Fdiary');
  expect(await captureScreens(page, 'sign-in')).toEqual([]);
  await page.getByRole('link', { name: 'Sign up' }).click();
  await page.getByRole('heading', { name: 'Create your account' }).waitFor();
  expect(await captureScreens(page, 'sign-up')).toEqual([]);
});
