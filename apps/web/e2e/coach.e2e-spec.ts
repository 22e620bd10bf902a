import { getDataSourceToken } from '@nestjs/typeorm';
import { apiCall, createTestApp, signUp, type TestApp, type TestUser } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { launchChromium, newContext } from './support/browser';
import { completeOnboarding, PASSWORD, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

let app: TestApp;
let browser: Browser;
let client: Page;
let coach: Page;
let coachUser: TestUser;
let clientId = '';
const clientEmail = uniqueEmail('client');
const coachEmail = uniqueEmail('coach');

beforeAll(async () => {
  app = await createTestApp({ WEB_DIST_DIR: buildWeb() }, { serveWeb: true });
  // Accounts are setup; everything the test checks happens through the pages.
  clientId = (await signUp(app, { email: clientEmail, password: PASSWORD, displayName: 'Lucía' })).id;
  coachUser = await signUp(app, { email: coachEmail, password: PASSWORD, displayName: 'Coach Marta', roles: ['coach'] });
  browser = await launchChromium();
  client = await (await newContext(browser, app.url)).newPage();
  coach = await (await newContext(browser, app.url)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('a client logs a meal and invites a coach, consenting to read and write', async () => {
  await signInThroughUi(client, clientEmail);
  // Targets first (a plan is built on them): the coach interview, as a new user would.
  await client.goto('/onboarding');
  await completeOnboarding(client);
  await client.goto('/diary');
  await client.getByLabel('What you ate').fill('Lentil soup');
  await client.getByLabel('Energy (kcal)').fill('320');
  await client.getByLabel('Meal', { exact: true }).selectOption('lunch');
  await client.getByRole('button', { name: 'Add', exact: true }).click();
  await client.getByTestId('slot-lunch').getByText('Lentil soup').waitFor();

  await client.goto('/settings');
  await client.getByLabel("Coach's email").fill(coachEmail);
  await client.getByLabel('Change my plan and goals').check();
  await client.getByRole('button', { name: 'Invite and give consent' }).click();
  await client.getByTestId('my-coaches').getByText('waiting for the coach').waitFor();
  expect(await captureScreens(client, 'settings')).toEqual([]);
});

it('the coach accepts, reads the diary, assigns a plan and changes a portion, always told whose data it is', async () => {
  await signInThroughUi(coach, coachEmail);
  await coach.goto('/clients');
  await coach.getByRole('button', { name: 'Accept' }).click();
  await coach.getByTestId('client-list').getByRole('link', { name: 'Lucía' }).click();
  await coach.getByRole('heading', { name: 'Data of Lucía' }).waitFor();
  await coach.getByTestId('client-diary').getByText('Lentil soup').waitFor();
  await coach.getByRole('button', { name: 'Assign plan' }).click();
  await coach.getByTestId('plan-assigned').waitFor();
  // The assigned plan is shown; the coach halves the first portion of the day and the day total follows.
  const total = coach.getByTestId('plan-day-total');
  await total.waitFor();
  const before = await total.textContent();
  const grams = coach.getByRole('spinbutton', { name: /\(g\)$/ }).first();
  const typed = String(Math.max(1, Math.round(Number(await grams.inputValue()) / 2)));
  await grams.fill(typed);
  await grams.press('Enter'); // the keyboard submits the portion's form
  await coach.getByTestId('portion-saved').getByText(/^Portion saved\. The day now totals /).waitFor();
  expect(await total.textContent()).not.toBe(before);
  await coach.reload();
  expect(await coach.getByRole('spinbutton', { name: /\(g\)$/ }).first().inputValue()).toBe(typed);
  expect(await captureScreens(coach, 'coach-client')).toEqual([]);
});

it('the coach writes a private note, sees it after a reload, and the database holds only ciphertext', async () => {
  await coach.getByLabel('New note').fill('Knee injury in 2024: no jumping exercises.');
  await coach.getByRole('button', { name: 'Save note' }).click();
  await coach.getByTestId('client-notes').getByText('Knee injury in 2024: no jumping exercises.').waitFor();
  await coach.reload();
  await coach.getByTestId('client-notes').getByText('Knee injury in 2024: no jumping exercises.').waitFor();
  const rows = (await app.app.get<DataSource>(getDataSourceToken()).query('SELECT body_enc FROM coach_notes WHERE client_id = $1', [clientId])) as { body_enc: string }[];
  expect(rows).toHaveLength(1);
  expect(rows[0].body_enc).toMatch(/^wenc1\./);
  expect(rows[0].body_enc).not.toContain('Knee');
});

it("within the granted write scope the coach changes the goal, and the client's target changes", async () => {
  await coach.getByLabel('Daily energy (kcal)').fill('1500');
  await coach.getByRole('button', { name: 'Save goal' }).click();
  await coach.getByTestId('goal-saved').getByText('Goal saved. The daily target of Lucía is now 1,500 kcal.').waitFor();
  await coach.getByTestId('client-targets').getByText(/^Daily target 1,500 kcal/).waitFor();
  // The client sees the new target on their own dashboard.
  await client.goto('/');
  await client.getByRole('progressbar', { name: /^Energy/ }).waitFor();
  await client.getByText(/of 1,500 kcal/).first().waitFor();
});

it('a client who granted reading only: no control to change anything, and the API refuses the write (403)', async () => {
  const bea = await signUp(app, { displayName: 'Bea', password: PASSWORD });
  const link = await apiCall<{ id: string }>(app, bea, 'POST', '/me/coach-links', { coachEmail, scopes: ['read'] });
  expect((await apiCall(app, coachUser, 'POST', `/coach/links/${link.body.id}/accept`)).status).toBe(200);
  await coach.goto(`/clients/${bea.id}`);
  await coach.getByRole('heading', { name: 'Data of Bea' }).waitFor();
  await coach.getByTestId('goal-read-only').waitFor();
  await coach.getByTestId('plan-read-only').waitFor();
  expect(await coach.getByRole('button', { name: 'Save goal' }).count()).toBe(0);
  expect(await coach.getByRole('button', { name: 'Assign plan' }).count()).toBe(0);
  expect(await coach.getByLabel('Daily energy (kcal)').count()).toBe(0);
  // Notes are the coach's own: they need no more than an active link.
  await coach.getByLabel('New note').waitFor();
  const refused = await apiCall<{ detail: string }>(app, coachUser, 'PUT', `/clients/${bea.id}/goals`, { coachEnergyOverrideKcal: 1200 });
  expect(refused.status).toBe(403);
  expect(refused.body.detail).toBe('Your client has not granted the "write" scope.');
});

it('the adherence overview lists only the clients who consented to reading', async () => {
  // Carla was invited but never consented; Dora lets the coach message her, not read her diary.
  const carla = await signUp(app, { displayName: 'Carla', password: PASSWORD });
  expect((await apiCall(app, coachUser, 'POST', '/coach/invitations', { email: carla.email, scopes: ['read', 'write'] })).status).toBe(201);
  const dora = await signUp(app, { displayName: 'Dora', password: PASSWORD });
  const link = await apiCall<{ id: string }>(app, dora, 'POST', '/me/coach-links', { coachEmail, scopes: ['message'] });
  expect((await apiCall(app, coachUser, 'POST', `/coach/links/${link.body.id}/accept`)).status).toBe(200);

  await coach.goto('/clients');
  await coach.getByRole('table', { name: 'Days logged and energy against target, last 7 days' }).waitFor();
  const table = coach.getByTestId('adherence-table');
  const names = async () => (await table.locator('tbody th').allTextContents()).sort();
  expect(await names()).toEqual(['Bea', 'Lucía']);
  const lucia = table.getByRole('row', { name: /^Lucía/ });
  expect(await lucia.getByRole('cell').first().textContent()).toBe('1 of 7');
  expect(await lucia.getByRole('cell').nth(1).textContent()).toBe('320 kcal');
  expect(await lucia.getByRole('cell').nth(2).textContent()).toBe('1,500 kcal');
  await coach.getByRole('radio', { name: 'Last 30 days' }).check();
  await coach.getByRole('table', { name: 'Days logged and energy against target, last 30 days' }).waitFor();
  expect(await names()).toEqual(['Bea', 'Lucía']);
  expect(await coach.getByText('Dora').count()).toBe(1); // in the clients list (message only), not in the table
  expect(await captureScreens(coach, 'coach-clients')).toEqual([]);
  // The dark palette must pass the same checks (the table, the period choice, the links).
  await coach.emulateMedia({ colorScheme: 'dark' });
  expect(await captureScreens(coach, 'coach-clients-dark')).toEqual([]);
  await coach.emulateMedia({ colorScheme: 'light' });
});

it('after the client ends the link the coach sees none of their data', async () => {
  await client.goto('/settings');
  // Ending coaching asks first (issue 13): the client confirms.
  client.once('dialog', (dialog) => void dialog.accept());
  await client.getByRole('button', { name: 'End coaching' }).click();
  await client.getByText('You have no coach.').waitFor();

  await coach.getByTestId('client-list').getByRole('link', { name: 'Lucía' }).waitFor();
  const clientPath = await coach.getByTestId('client-list').getByRole('link', { name: 'Lucía' }).getAttribute('href');
  await coach.goto(clientPath!);
  await coach.getByTestId('no-access').waitFor();
  expect(await coach.getByText('Lentil soup').count()).toBe(0);
  expect(await coach.getByText('Lucía').count()).toBe(0);
  await coach.goto('/clients');
  // Bea and Dora remain; Lucía is gone from the list and from the adherence overview.
  await coach.getByTestId('client-list').getByRole('link', { name: 'Bea' }).waitFor();
  await coach.getByTestId('adherence-table').getByRole('link', { name: 'Bea' }).waitFor();
  expect(await coach.getByText('Lucía').count()).toBe(0);
});
