import { readFileSync } from 'node:fs';
import { createTestApp, signUp, type TestApp } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { PASSWORD, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

let app: TestApp;
let browser: Browser;
let page: Page;
const email = uniqueEmail('settings');

beforeAll(async () => {
  app = await createTestApp({ WEB_DIST_DIR: buildWeb() }, { serveWeb: true });
  await signUp(app, { email, password: PASSWORD, displayName: 'Sam' });
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
  await signInThroughUi(page, email);
  await page.goto('/settings');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('downloads a JSON export holding the user’s email', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toBe('welness-export.json');
  const body = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(body)).toBeTruthy();
  expect(body).toContain(email);
});

it('shows a created API key once, then lists it and lets it be revoked', async () => {
  const section = page.getByRole('region', { name: 'API keys' });
  await section.getByLabel('Key name').fill('Home Assistant');
  await section.getByRole('button', { name: 'Create key' }).click();
  const secret = (await section.getByTestId('api-key-secret').textContent()) ?? '';
  expect(secret.length).toBeGreaterThan(16);
  const item = section.getByRole('listitem').filter({ hasText: 'Home Assistant' });
  await item.waitFor();
  // The list carries only the prefix, never the secret itself.
  expect(await item.textContent()).not.toContain(secret);
  expect(await captureScreens(page, 'settings-account')).toEqual([]);
  // After a reload the secret is gone for good, but the key is still listed.
  await page.reload();
  await item.waitFor();
  expect(await page.getByTestId('api-key-secret').count()).toBe(0);
  await section.getByRole('button', { name: 'Revoke key Home Assistant' }).click();
  await section.getByText('You have no API keys.').waitFor();
});

it('deletes the account after a typed confirmation; it can no longer sign in', async () => {
  const section = page.getByRole('region', { name: 'Delete account' });
  const confirm = section.getByRole('button', { name: 'Delete my account for good' });
  await section.getByLabel('Password').fill(PASSWORD);
  await section.getByLabel('Type your email to confirm').fill('someone.else@example.test');
  expect(await confirm.isDisabled()).toBe(true);
  await section.getByLabel('Type your email to confirm').fill(email);
  await confirm.click();
  await page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
});
