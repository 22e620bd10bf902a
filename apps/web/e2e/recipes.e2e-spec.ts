import { apiCall, createTestApp, signUp, type TestApp } from '@welness/testing';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from './support/browser';
import { PASSWORD, signInThroughUi, uniqueEmail } from './support/journey';
import { captureScreens } from './support/screens';
import { buildWeb } from './support/web-build';

const TIME_ZONE = 'Europe/Madrid';
let app: TestApp;
let browser: Browser;
let page: Page;

/** A calendar day in the user's time zone, `offset` days from today. */
function day(offset = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  app = await createTestApp({ WEB_DIST_DIR: buildWeb() }, { serveWeb: true });
  const email = uniqueEmail('recipes');
  const user = await signUp(app, { email, password: PASSWORD, displayName: 'Ana', timeZone: TIME_ZONE });
  // The user's own foods (setup, not under test): 380 and 64 kcal per 100 g.
  for (const [name, energyKcal, proteinG, carbohydratesG, fatG] of [
    ['Rolled oats', 380, 13, 60, 7],
    ['Whole milk', 64, 3.3, 4.8, 3.6],
  ] as const) {
    const res = await apiCall(app, user, 'POST', '/foods', { name, per100: { energyKcal, proteinG, carbohydratesG, fatG } });
    if (res.status !== 201) throw new Error(`food ${name}: ${res.status}`);
  }
  browser = await launchChromium();
  page = await (await newContext(browser, app.url)).newPage();
  await signInThroughUi(page, email);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function addIngredient(search: string, name: string, grams: string): Promise<void> {
  const editor = page.getByTestId('recipe-editor');
  await editor.getByLabel('Find an ingredient').fill(search);
  await editor.getByRole('button', { name: `Add ${name}` }).click();
  await editor.getByLabel(`Amount of ${name}`).fill(grams);
}

it('creates a recipe from the user’s foods and shows its energy per serving', async () => {
  await page.goto('/');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Recipes' }).click();
  await page.getByRole('heading', { name: 'Recipes and saved meals', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'New recipe' }).click();
  const editor = page.getByTestId('recipe-editor');
  await editor.getByLabel('Recipe name').fill('Overnight oats');
  await editor.getByLabel('Servings it makes').fill('2');
  await addIngredient('oats', 'Rolled oats', '80');
  await addIngredient('milk', 'Whole milk', '200');
  expect(await captureScreens(page, 'recipe-editor')).toEqual([]);
  await editor.getByRole('button', { name: 'Save recipe' }).click();
  const recipe = page.getByRole('article', { name: 'Overnight oats' });
  // (80 g × 3.80 + 200 g × 0.64) / 2 servings
  await recipe.getByTestId('recipe-per-serving').filter({ hasText: '216 kcal per serving' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Saved Overnight oats.' }).waitFor();
});

it('edits the recipe: more oats, and the energy per serving follows', async () => {
  await page.getByRole('button', { name: 'Edit Overnight oats' }).click();
  const editor = page.getByTestId('recipe-editor');
  await editor.getByLabel('Amount of Rolled oats').fill('100');
  await editor.getByRole('button', { name: 'Save recipe' }).click();
  await page.getByRole('article', { name: 'Overnight oats' }).getByTestId('recipe-per-serving').filter({ hasText: '254 kcal per serving' }).waitFor();
  expect(await captureScreens(page, 'recipes')).toEqual([]);
});

it('logs 1.5 servings to lunch and the diary totals show them', async () => {
  const recipe = page.getByRole('article', { name: 'Overnight oats' });
  await recipe.getByText('Log a portion of Overnight oats').click();
  await recipe.getByLabel('Servings to log').fill('1.5');
  await recipe.getByLabel('Meal', { exact: true }).selectOption('lunch');
  await recipe.getByRole('button', { name: 'Log it' }).click();
  await recipe.getByRole('link', { name: 'Open that day in the diary' }).click();
  await page.getByRole('heading', { name: 'Food diary' }).waitFor();
  await page.getByTestId('slot-lunch').getByText('Overnight oats').waitFor();
  await page.getByTestId('diary-total').filter({ hasText: /^381 kcal/ }).waitFor();
});

it('saves lunch as a meal and logs it again into dinner from the diary', async () => {
  const lunch = page.getByTestId('slot-lunch');
  await lunch.getByText('Lunch: save or copy').click();
  await lunch.getByLabel('Name of the saved meal').fill('Oats lunch');
  await lunch.getByRole('button', { name: 'Save meal' }).click();
  await lunch.getByText('Saved “Oats lunch”.', { exact: false }).waitFor();
  const picker = page.getByTestId('from-recipes');
  await picker.getByLabel('Recipe or saved meal').selectOption({ label: 'Oats lunch' });
  await picker.getByLabel('Meal', { exact: true }).selectOption('dinner');
  await picker.getByRole('button', { name: 'Log', exact: true }).click();
  await page.getByTestId('slot-dinner').getByText('Overnight oats').waitFor();
  await page.getByTestId('diary-total').filter({ hasText: /^762 kcal/ }).waitFor();
});

it('copies lunch into yesterday’s breakfast, then the whole day, and yesterday shows every entry', async () => {
  const lunch = page.getByTestId('slot-lunch');
  const copyMeal = lunch.getByTestId('copy-meal');
  await copyMeal.getByLabel('To day').fill(day(-1));
  await copyMeal.getByLabel('Into meal').selectOption('breakfast');
  await copyMeal.getByRole('button', { name: 'Copy Lunch' }).click();
  await copyMeal.getByRole('status').filter({ hasText: 'Copied 1 entry to' }).waitFor();

  const copyDay = page.locator('details', { has: page.getByText('Copy this day', { exact: true }) });
  await copyDay.getByText('Copy this day', { exact: true }).click();
  // Viewing today, the copy goes to yesterday unless told otherwise.
  expect(await copyDay.getByLabel('To day').inputValue()).toBe(day(-1));
  await copyDay.getByRole('button', { name: 'Copy the whole day' }).click();
  await copyDay.getByRole('status').filter({ hasText: 'Copied 2 entries to' }).waitFor();
  expect(await captureScreens(page, 'diary-meal-tools')).toEqual([]);
  await copyDay.getByRole('link', { name: /^Open / }).click();
  await page.waitForURL(`**/diary?date=${day(-1)}`);
  for (const slot of ['breakfast', 'lunch', 'dinner']) await page.getByTestId(`slot-${slot}`).getByText('Overnight oats').waitFor();
  // 3 × 381 kcal
  await page.getByTestId('diary-total').filter({ hasText: /^1,143 kcal/ }).waitFor();
});
