import { createTestApp, signUp, type TestApp } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { completeOnboarding, PASSWORD, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

let app: TestApp;
let browser: Browser;
let client: Page;
let coach: Page;
const clientEmail = uniqueEmail('client');
const coachEmail = uniqueEmail('coach');

beforeAll(async () => {
  app = await createTestApp({ WEB_DIST_DIR: buildWeb() }, { serveWeb: true });
  // Accounts are setup; everything the test checks happens through the pages.
  await signUp(app, { email: clientEmail, password: PASSWORD, displayName: 'Lucía' });
  await signUp(app, { email: coachEmail, password: PASSWORD, displayName: 'Coach Marta', roles: ['coach'] });
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
  await client.getByLabel('Meal').selectOption('lunch');
  await client.getByRole('button', { name: 'Add', exact: true }).click();
  await client.getByTestId('slot-lunch').getByText('Lentil soup').waitFor();

  await client.goto('/settings');
  await client.getByLabel("Coach's email").fill(coachEmail);
  await client.getByLabel('Change my plan and goals').check();
  await client.getByRole('button', { name: 'Invite and give consent' }).click();
  await client.getByTestId('my-coaches').getByText('waiting for the coach').waitFor();
  expect(await captureScreens(client, 'settings')).toEqual([]);
});

it('the coach accepts, reads the diary and assigns a plan, always told whose data it is', async () => {
  await signInThroughUi(coach, coachEmail);
  await coach.goto('/clients');
  await coach.getByRole('button', { name: 'Accept' }).click();
  await coach.getByTestId('client-list').getByRole('link', { name: 'Lucía' }).click();
  await coach.getByRole('heading', { name: 'Data of Lucía' }).waitFor();
  await coach.getByTestId('client-diary').getByText('Lentil soup').waitFor();
  await coach.getByRole('button', { name: "Assign next week's plan" }).click();
  await coach.getByTestId('plan-assigned').waitFor();
  expect(await captureScreens(coach, 'coach-client')).toEqual([]);
  await coach.goto('/clients');
  expect(await captureScreens(coach, 'coach-clients')).toEqual([]);
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
  await coach.getByText('No active clients yet.').waitFor();
});
