import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousAxeViolations, type AxeViolation } from './axe';
import { DESKTOP, PHONE } from './browser';

export const RESULTS_DIR = resolve(__dirname, '../../../../test-results/web');

/**
 * Screenshots the current page at phone and desktop size (in both themes' default, light)
 * and audits each with axe. Returns every serious/critical violation, tagged by viewport.
 */
export async function captureScreens(page: Page, name: string): Promise<(AxeViolation & { viewport: string })[]> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const found: (AxeViolation & { viewport: string })[] = [];
  // Every screen has one h1; waiting for it skips the lazy-chunk spinner.
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const original = page.viewportSize();
  for (const size of [PHONE, DESKTOP]) {
    const label = `${size.width}x${size.height}`;
    await page.setViewportSize(size);
    // Let layout settle after the resize (media queries, lazy chunks already loaded).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: resolve(RESULTS_DIR, `${name}-${label}.png`), fullPage: true });
    for (const v of await seriousAxeViolations(page)) found.push({ ...v, viewport: label });
  }
  if (original) await page.setViewportSize(original);
  return found;
}
