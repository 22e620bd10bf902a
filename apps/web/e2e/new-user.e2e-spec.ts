import { REFERENCE_FOODS } from '@welness/meals';
import { createTestApp, signUp, type TestApp } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { barcodeClip } from './support/barcode-clip';
import { seriousAxeViolations } from './support/axe';
import { PHONE, launchChromium, newContext } from './support/browser';
import { PASSWORD, say, signInThroughUi, signUpThroughUi, uniqueEmail } from './support/journey';
import { RESULTS_DIR, captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

// Regression tests for issue 13: what a new user hit in the web app.

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

/** Reference foods a vegetarian allergic to peanuts and milk must never be planned. */
const FORBIDDEN = REFERENCE_FOODS.filter(
  (f) => f.origin === 'meat' || f.origin === 'fish' || f.allergens.some((a) => a === 'en:peanuts' || a === 'en:milk'),
).map((f) => f.name);

it('1: an allergic vegetarian onboarded by the coach gets a plan without meat, peanuts or milk, even from an omnivore form', async () => {
  await signUpThroughUi(page, uniqueEmail('allergic'), 'Vera');
  await page.getByLabel('Write a message').waitFor();
  await say(page, "I'm 30, female, 165 cm, 62 kg, moderately active, vegetarian, allergic to peanuts and milk, I want to lose 3 kg");
  for (let i = 0; i < 6 && !(await page.getByText('All set! Your targets are ready.').isVisible()); i++) await say(page, 'none');

  await page.goto('/plan');
  await page.getByText('You have no plan for this week yet.').waitFor();
  // The form starts from the profile the interview stored.
  expect(await page.getByLabel('Diet', { exact: true }).inputValue()).toBe('vegetarian');
  expect(await page.getByLabel('Allergens to avoid').inputValue()).toBe('milk, peanuts');
  await page.getByTestId('saved-preferences').filter({ hasText: 'Vegetarian, without milk, peanuts' }).waitFor();
  // Whatever the form sends, the server keeps the profile's diet and allergens.
  await page.getByLabel('Diet', { exact: true }).selectOption('omnivore');
  await page.getByLabel('Allergens to avoid').fill('');
  await page.getByRole('button', { name: 'Generate' }).click();
  await page.locator('[data-testid^="plan-day-"]').nth(6).waitFor();
  const text = await page.locator('main').innerText();
  expect(FORBIDDEN.length).toBeGreaterThan(8);
  expect(FORBIDDEN.filter((name) => text.includes(name))).toEqual([]);
  expect(await captureScreens(page, 'plan-allergic')).toEqual([]);
});

it('1: Settings shows and edits diet, allergies and goal', async () => {
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Diet, allergies and goal' });
  await section.getByLabel('Allergies').waitFor();
  expect(await section.getByLabel('Diet', { exact: true }).inputValue()).toBe('vegetarian');
  expect(await section.getByLabel('Allergies').inputValue()).toBe('milk, peanuts');
  expect(await section.getByLabel('Goal').inputValue()).toBe('lose');
  await section.getByLabel('Diet', { exact: true }).selectOption('vegan');
  await section.getByLabel('Allergies').fill('milk, peanuts, sesame');
  await section.getByLabel('Goal').selectOption('maintain');
  await section.getByRole('button', { name: 'Save diet and goal' }).click();
  await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  expect(await section.getByLabel('Allergies').inputValue()).toBe('milk, peanuts, sesame seeds');
  expect(await captureScreens(page, 'settings')).toEqual([]);
  await page.reload();
  await section.getByLabel('Allergies').waitFor();
  expect(await section.getByLabel('Diet', { exact: true }).inputValue()).toBe('vegan');
  expect(await section.getByLabel('Goal').inputValue()).toBe('maintain');
});

it('2: a product added for an unknown barcode is remembered: found by that code and by search, logged once despite a lost response', async () => {
  const code = '5901234123457';
  const name = 'Zorblat hazelnut spread';
  await page.goto(`/products/${code}`);
  await page.getByRole('heading', { name: `We do not know the product ${code} yet.` }).waitFor();
  await page.getByLabel('Product name').fill(name);
  await page.getByLabel('Brand').fill('Qwix');
  for (const [label, value] of [
    ['Energy (kcal / 100 g)', '539'],
    ['Protein (g / 100 g)', '6.3'],
    ['Carbohydrates (g / 100 g)', '57.5'],
    ['Fat (g / 100 g)', '30.9'],
    ['Sugars (g / 100 g)', '56.3'],
    ['Salt (g / 100 g)', '0.1'],
  ])
    await page.getByLabel(label).fill(value);
  await page.getByLabel('Portion (g)').fill('20');
  // The diary write reaches the server but its answer is lost: the user sees a failure and retries.
  await page.route(
    '**/api/v1/diary/entries',
    async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    },
    { times: 1 },
  );
  await page.getByRole('button', { name: 'Save and log it' }).click();
  await page.getByText('The product is saved, but the diary entry failed.').waitFor();
  await page.getByRole('button', { name: 'Save and log it' }).click();
  await page.waitForURL('**/diary');
  await page.getByTestId('diary-total').filter({ hasText: '108 kcal' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.locator('main').getByText(name).count()).toBe(1);

  // Opening the barcode again shows the product, not the add form.
  await page.goto(`/products/${code}`);
  await page.getByRole('heading', { name }).waitFor();
  await page.getByText('Added by a user of this app.').waitFor();
  // And search finds it by name.
  await page.goto('/diary');
  await page.getByLabel('Search foods and brands').fill('zorblat');
  await page.getByTestId('search-results').getByRole('link', { name: new RegExp(name) }).click();
  await page.waitForURL(`**/products/${code}`);
});

it('3: a photo of an unknown barcode shows the decoded code and offers to add the product', async () => {
  const code = '3017620422003';
  const dir = mkdtempSync(join(tmpdir(), 'welness-photo-'));
  await barcodeClip(code, dir); // writes the PNG (with a quiet zone) beside the clip
  await page.goto('/scan');
  await page.getByLabel('Upload a photo of the barcode').setInputFiles(join(dir, `${code}.png`));
  await page.getByText(`Read ${code}, but we do not know this product yet.`).waitFor();
  expect(await page.getByText('No barcode could be read in this photo.').count()).toBe(0);
  await page.getByRole('link', { name: 'Add this product' }).click();
  await page.waitForURL(`**/products/${code}`);
  await page.getByRole('heading', { name: 'Add this product' }).waitFor();
});

it('4: on a phone every screen is reachable through "More", and each passes axe', async () => {
  const staff = await signUp(app, { roles: ['coach', 'admin'], password: PASSWORD, displayName: 'Sam' });
  const context = await newContext(browser, app.url, PHONE);
  const phone = await context.newPage();
  try {
    await signInThroughUi(phone, staff.email);
    // A first sign-in may move on to the interview; let the landing page settle first.
    await phone.locator('main h1').first().waitFor();
    await phone.waitForLoadState('networkidle');
    const more = phone.getByRole('button', { name: 'More' });
    await more.click();
    const menu = phone.locator('.more-list');
    await menu.waitFor();
    mkdirSync(RESULTS_DIR, { recursive: true });
    await phone.screenshot({ path: resolve(RESULTS_DIR, 'phone-more-menu-390x844.png') });
    expect(await seriousAxeViolations(phone)).toEqual([]);
    const screens: [string, string][] = [
      ['Plan', '/plan'],
      ['Activity', '/activities'],
      ['Progress', '/progress'],
      ['Clients', '/clients'],
      ['Admin', '/admin'],
      ['Settings', '/settings'],
      ['System status', '/status'],
    ];
    for (const [label, path] of screens) {
      if (!(await menu.isVisible())) await more.click();
      await menu.getByRole('link', { name: label }).click();
      await phone.waitForURL(`**${path}`);
      await phone.locator('main h1').first().waitFor();
      await phone.waitForLoadState('networkidle');
      // The menu closes once a screen is chosen, so it never covers the page.
      await menu.waitFor({ state: 'hidden' });
      await phone.screenshot({ path: resolve(RESULTS_DIR, `phone-${path.slice(1)}-390x844.png`) });
      expect(await seriousAxeViolations(phone)).toEqual([]);
    }
    await more.click();
    await menu.getByRole('button', { name: 'Sign out' }).click();
    await phone.waitForURL((url) => url.pathname === '/sign-in');
  } finally {
    await context.close();
  }
});
