import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags every run needs in a container: no sandbox, no GPU, nothing phoned home. */
export const BASE_FLAGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu'];

/**
 * Debian's Chromium driven by playwright-core (no browser download). `fakeCameraClip` makes
 * getUserMedia yield that .y4m clip instead of a real camera, with permission pre-granted.
 */
export async function launchChromium(options: { fakeCameraClip?: string } = {}): Promise<Browser> {
  const args = [...BASE_FLAGS];
  if (options.fakeCameraClip) {
    args.push(
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${options.fakeCameraClip}`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
}

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

export async function newContext(browser: Browser, baseURL: string, viewport: { width: number; height: number } = PHONE): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-US', reducedMotion: 'reduce' });
  // Browser-side failures would otherwise only show up as a timeout; print them with the test.
  context.on('weberror', (e) => console.error(`[page error] ${e.error().stack ?? e.error().message}`));
  context.on('console', (m) => m.type() === 'error' && console.error(`[console] ${m.text()}`));
  return context;
}
