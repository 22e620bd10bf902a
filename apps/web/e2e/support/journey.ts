import type { Page } from 'playwright-core';

let counter = 0;
export const uniqueEmail = (who: string) => `${who}.${Date.now()}.${++counter}@example.test`;
export const PASSWORD = 'correct horse battery staple';

/** Signs up through the real form; the app then opens the onboarding interview. */
export async function signUpThroughUi(page: Page, email: string, name: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.waitForURL('**/onboarding');
}

export async function signInThroughUi(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Sends one chat message and waits until the streamed reply has finished. */
export async function say(page: Page, text: string): Promise<void> {
  await page.getByLabel('Write a message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByTestId('streaming').waitFor({ state: 'detached' });
}

/** Answers the offline coach's interview: one sentence with most facts, then "none" for the rest. */
export async function completeOnboarding(page: Page): Promise<void> {
  await page.getByLabel('Write a message').waitFor();
  await say(page, "I'm 34, female, 168 cm, 70 kg, moderately active, omnivore, no allergies, I want to lose 5 kg");
  for (let i = 0; i < 6; i++) {
    if (await page.getByText('All set! Your targets are ready.').isVisible()) return;
    await say(page, 'none');
  }
  await page.getByText('All set! Your targets are ready.').waitFor();
}
