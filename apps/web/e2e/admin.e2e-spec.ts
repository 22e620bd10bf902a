import { apiCall, createTestApp, signUp, type TestApp } from '@welness/testing';
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

it("shows each agent's use and saves a validated temperature change", async () => {
  // Someone talks to the default coach once, so its figures are not all zero.
  const user = await signUp(app, { displayName: 'Talker' });
  const conversation = await apiCall<{ id: string }>(app, user, 'POST', '/agents/conversations', {});
  expect((await apiCall(app, user, 'POST', `/agents/conversations/${conversation.body.id}/messages`, { text: 'How much protein do I need?' })).status).toBe(200);

  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Agents' }).click();
  await page.getByRole('heading', { name: 'Agents', level: 1 }).waitFor();
  const stats = page.getByTestId('agent-stats');
  await stats.waitFor();
  expect(await stats.getByRole('definition').first().textContent()).toBe('1'); // conversations
  await page.getByTestId('agent-engines').getByText(/^Replies by engine: built-in offline coach \d+$/).waitFor();

  const temperature = page.getByLabel('Temperature', { exact: true });
  await temperature.fill('3');
  await page.getByRole('button', { name: 'Save agent' }).click();
  await page.getByText('Enter 2 or less.').waitFor();
  await temperature.fill('0.9');
  await page.getByRole('button', { name: 'Save agent' }).click();
  await page.getByRole('status').getByText('Agent saved.').waitFor();
  await page.getByTestId('agent-summary-coach').getByText(/temperature 0\.9$/).waitFor();
  await page.reload();
  expect(await page.getByLabel('Temperature', { exact: true }).inputValue()).toBe('0.9');
  await page.getByTestId('agent-summary-coach').getByText(/temperature 0\.9$/).waitFor();
  expect(await captureScreens(page, 'admin-agents')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await captureScreens(page, 'admin-agents-dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
});

it('grants the coach role and finds the grant, and the change of agent, in the audit log', async () => {
  const nora = await signUp(app, { displayName: 'Nora Grant' });
  await page.goto('/admin');
  await page.getByLabel('Search by name or email').fill('Nora Grant');
  const row = page.getByTestId(`user-${nora.email}`);
  await row.getByRole('button', { name: 'Make coach: Nora Grant' }).click();
  await row.getByText(/Roles: user, coach$/).waitFor();

  await row.getByRole('link', { name: 'Audit log: Nora Grant' }).click();
  await page.getByTestId('audit-person').getByText(`Events about ${nora.email}`).waitFor();
  const events = page.getByTestId('audit-events');
  const grant = events.getByRole('listitem').filter({ hasText: 'Role granted' });
  await grant.waitFor();
  expect(await grant.textContent()).toContain('role: coach');
  expect(await grant.textContent()).toContain(`By: ${adminEmail}`);

  // Filtered by action over everyone: the agent change of the previous test is there too.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Action').selectOption('admin.agent_updated');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await page.waitForURL(/action=admin\.agent_updated/);
  const changed = events.getByRole('listitem');
  await changed.first().getByText('Agent changed').waitFor();
  expect(await changed.count()).toBe(1);
  expect(await changed.first().textContent()).toContain('fields: ["temperature"]');
  expect(await captureScreens(page, 'admin-audit')).toEqual([]);
});
