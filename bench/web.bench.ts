import { createApiClient } from '@welness/contracts';
import { createTestApp, logIn, signUp, type TestApp, type TestUser } from '@welness/testing';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, repoRoot, writeResult } from './bench-utils';

/**
 * npm run bench:web — Lighthouse (npm `lighthouse`, mobile preset, Debian Chromium) on the
 * dashboard of a user with data, served by the real app with real stores. Also the initial
 * JavaScript: every script the dashboard load fetched, gzip-compressed, and whether any other
 * screen's chunk came with it (every screen is lazily loaded).
 * Targets: performance ≥ 90 (median of 5), accessibility ≥ 95, best practices ≥ 95; initial JS ≤ 150 KB gzip.
 */
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking';
const REFRESH_COOKIE = 'welness_refresh';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const INITIAL_JS_TARGET_KB = 150;
/**
 * The mobile preset emulates a Moto G Power (2022), a Lighthouse benchmark index of about 264
 * (Chrome DevTools' CPU calibration uses that figure for its low-tier device); its 4× slowdown
 * presumes a host of about 1,000+. Lighthouse warns when the host scores under 1,000 and points
 * to calibrating the multiplier: BENCH_CALIBRATED=1 (the default) also runs each load with
 * hostIndex / 264 (between 1 and 4), reported beside the standard figure, never instead of it.
 */
const EMULATED_DEVICE_INDEX = 264;
const CALIBRATED = process.env.BENCH_CALIBRATED !== '0';
/** Lazily loaded screens are chunks named after their page module ("settings-page-AbC123.js"). */
const SCREEN_CHUNK = /\/([a-z-]+-page)-[\w-]+\.js$/;
/** A screen's source module, as Vite's build manifest names it. */
const SCREEN_MODULE = /(?:^|\/)features\/[\w-]+\/([\w-]+-page)\.tsx$/;

/**
 * The screens (other than the dashboard) whose code came with the initial load. With the build
 * manifest (the bench's own build writes one) this goes by source module, so a screen merged into
 * the entry or the landing chunk is caught too; without it (BENCH_WEB_DIST), by chunk file name.
 */
function otherScreensLoaded(files: string[], dist: string): string[] {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    return files.map((f) => SCREEN_CHUNK.exec(f)?.[1]).filter((name): name is string => !!name && name !== 'dashboard-page');
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>;
  const loaded = new Set(files.map((f) => f.replace(/^\//, '')));
  return Object.entries(manifest)
    .map(([source, chunk]) => ({ screen: SCREEN_MODULE.exec(source)?.[1], file: chunk.file }))
    .filter((e): e is { screen: string; file: string } => !!e.screen && e.screen !== 'dashboard-page' && loaded.has(e.file))
    .map((e) => e.screen);
}

function buildSpa(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'welness-bench-web-'));
  execFileSync(process.execPath, [resolve(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outDir;
}

/** A user with targets (through the coach's interview), a day of meals and some water. */
async function seedUser(app: TestApp): Promise<TestUser> {
  const user = await signUp(app, { displayName: 'Bench' });
  const api = createApiClient({ baseUrl: app.url, headers: user.auth });
  const { data: conversation } = await api.POST('/api/v1/agents/conversations', { body: { mode: 'onboarding' } });
  if (!conversation) throw new Error('onboarding did not start');
  const answers = ["I'm 34, female, 168 cm, 70 kg, moderately active, omnivore, no allergies, I want to lose 5 kg", 'none', 'none', 'none'];
  for (const text of answers) await api.POST('/api/v1/agents/conversations/{id}/messages', { params: { path: { id: conversation.id } }, body: { text } });
  const meals: [string, number, 'breakfast' | 'lunch' | 'dinner' | 'snacks'][] = [
    ['Porridge with banana', 380, 'breakfast'],
    ['Chicken salad', 520, 'lunch'],
    ['Apple', 95, 'snacks'],
  ];
  for (const [name, energyKcal, slot] of meals) {
    const { error } = await api.POST('/api/v1/diary/entries', {
      params: { header: { 'Idempotency-Key': `bench-${slot}-${energyKcal}` } },
      body: { kind: 'quick', quantity: 1, unit: 'serving', slot, quick: { name, energyKcal } },
    });
    if (error) throw new Error(`seeding ${name} failed: ${JSON.stringify(error)}`);
  }
  await api.POST('/api/v1/diary/water', { body: { ml: 750 } });
  return user;
}

interface LighthouseReport {
  /** Lighthouse's measure of this host's CPU at the time of the run (higher is faster). */
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { url: string; resourceType?: string; transferSize?: number }[] } }>;
}

/** Asynchronous on purpose: the app under test lives in this process and must keep serving. */
async function runLighthouse(url: string, cookie: string, cpuSlowdownMultiplier?: number): Promise<LighthouseReport> {
  const out = resolve(repoRoot, 'bench/tmp/lighthouse-web-run.json');
  mkdirSync(dirname(out), { recursive: true });
  await promisify(execFile)(
    process.execPath,
    [
      resolve(repoRoot, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${CHROME_FLAGS}`,
      // The SPA restores its session from the httpOnly refresh cookie, as after a reload.
      `--extra-headers=${JSON.stringify({ Cookie: `${REFRESH_COOKIE}=${cookie}` })}`,
      '--quiet',
      ...(cpuSlowdownMultiplier === undefined ? [] : [`--throttling.cpuSlowdownMultiplier=${cpuSlowdownMultiplier}`]),
    ],
    { cwd: repoRoot, env: { ...process.env, CHROME_PATH }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as LighthouseReport;
}

/** gzip size of every script the page loaded, measured on the built files themselves. */
function initialJs(report: LighthouseReport, dist: string): { files: { file: string; bytes: number; gzipBytes: number }[]; gzipBytes: number } {
  const items = report.audits['network-requests']?.details?.items ?? [];
  const files = items
    .filter((i) => i.resourceType === 'Script')
    .map((i) => new URL(i.url).pathname)
    .filter((p) => existsSync(join(dist, p)))
    .map((p) => {
      const content = readFileSync(join(dist, p));
      return { file: p, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
  return { files, gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}

const loadNow = () => loadavg().map((l) => Math.round(l * 100) / 100);

async function main(): Promise<void> {
  const loadBefore = loadNow();
  // BENCH_WEB_DIST: an existing build (an A/B against another commit's SPA on the same server).
  const dist = process.env.BENCH_WEB_DIST ?? buildSpa();
  const app = await createTestApp({ WEB_DIST_DIR: dist, LOG_LEVEL: 'silent' }, { serveWeb: true });
  try {
    const user = await seedUser(app);
    // Lighthouse's own advice: scores move between runs on a busy machine, report the median run.
    const reports: LighthouseReport[] = [];
    const calibrated: { multiplier: number; report: LighthouseReport }[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Each run restores the session from the cookie, which rotates it: log in afresh.
      const tokens = i === 0 ? user : await logIn(app, user.email, user.password);
      const report = await runLighthouse(`${app.url}/`, tokens.refreshToken);
      reports.push(report);
      if (CALIBRATED) {
        // Right after, so the host is measured in the same conditions.
        const index = report.environment?.benchmarkIndex ?? EMULATED_DEVICE_INDEX * 4;
        const multiplier = Math.min(4, Math.max(1, Math.round((index / EMULATED_DEVICE_INDEX) * 100) / 100));
        const again = await logIn(app, user.email, user.password);
        calibrated.push({ multiplier, report: await runLighthouse(`${app.url}/`, again.refreshToken, multiplier) });
      }
    }
    const perf = (r: LighthouseReport) => r.categories.performance?.score ?? 0;
    const sorted = [...reports].sort((a, b) => perf(a) - perf(b));
    const report = sorted[Math.floor(sorted.length / 2)];
    // Kept (git-ignored) so a regression can be read audit by audit.
    writeFileSync(resolve(repoRoot, 'bench/tmp/lighthouse-web.json'), JSON.stringify(report));
    const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
    // Each metric's own median over the runs (the median run's values are kept beside them).
    const metric = (id: string) => Math.round(median(reports.map((r) => r.audits[id]?.numericValue ?? 0)));
    const js = initialJs(report, dist);
    const screensInInitial = otherScreensLoaded(
      js.files.map((f) => f.file),
      dist,
    );
    const initialKb = Math.round((js.gzipBytes / 1024) * 10) / 10;
    const result = {
      preset: 'mobile',
      runs: reports.map((r) => Math.round(perf(r) * 100)),
      url: '/ (dashboard, signed in, with data)',
      loadAverage: { before: loadBefore, after: loadNow() },
      // The mobile preset's 4× CPU slowdown assumes a fast desktop host (benchmark index ≈ 1000+);
      // a busy shared box scores lower and every long task is slowed further.
      benchmarkIndex: { median: median(reports.map((r) => r.environment?.benchmarkIndex ?? 0)), runs: reports.map((r) => r.environment?.benchmarkIndex ?? 0) },
      performance: { score: score('performance'), target: 90, met: score('performance') >= 90 },
      accessibility: { score: score('accessibility'), target: 95 },
      bestPractices: { score: score('best-practices'), target: 95 },
      medianMs: {
        firstContentfulPaint: metric('first-contentful-paint'),
        largestContentfulPaint: metric('largest-contentful-paint'),
        speedIndex: metric('speed-index'),
        totalBlockingTime: metric('total-blocking-time'),
        cumulativeLayoutShift: median(reports.map((r) => r.audits['cumulative-layout-shift']?.numericValue ?? 0)),
      },
      runsMs: reports.map((r) => ({
        performance: Math.round(perf(r) * 100),
        lcp: Math.round(r.audits['largest-contentful-paint']?.numericValue ?? 0),
        tbt: Math.round(r.audits['total-blocking-time']?.numericValue ?? 0),
      })),
      calibratedCpu: CALIBRATED
        ? {
            emulatedDeviceIndex: EMULATED_DEVICE_INDEX,
            multipliers: calibrated.map((c) => c.multiplier),
            runs: calibrated.map((c) => Math.round(perf(c.report) * 100)),
            performance: Math.round(median(calibrated.map((c) => perf(c.report))) * 100),
            medianMs: {
              largestContentfulPaint: Math.round(median(calibrated.map((c) => c.report.audits['largest-contentful-paint']?.numericValue ?? 0))),
              totalBlockingTime: Math.round(median(calibrated.map((c) => c.report.audits['total-blocking-time']?.numericValue ?? 0))),
            },
          }
        : null,
      initialJs: { gzipKb: initialKb, targetKb: INITIAL_JS_TARGET_KB, met: initialKb <= INITIAL_JS_TARGET_KB, otherScreensLoaded: screensInInitial, files: js.files },
    };
    const file = writeResult('web', result);
    const m = result.medianMs;
    console.log(`lighthouse mobile, median of ${RUNS} runs (performance ${result.runs.join(', ')}): performance ${result.performance.score} (≥ 90), accessibility ${result.accessibility.score} (≥ 95), best practices ${result.bestPractices.score} (≥ 95)`);
    console.log(`medians: FCP ${m.firstContentfulPaint} ms, LCP ${m.largestContentfulPaint} ms, SI ${m.speedIndex} ms, TBT ${m.totalBlockingTime} ms, CLS ${m.cumulativeLayoutShift}`);
    if (result.calibratedCpu) {
      const c = result.calibratedCpu;
      console.log(`calibrated CPU (host index / ${EMULATED_DEVICE_INDEX}, multipliers ${c.multipliers.join(', ')}): performance ${c.performance} (runs ${c.runs.join(', ')}), LCP ${c.medianMs.largestContentfulPaint} ms, TBT ${c.medianMs.totalBlockingTime} ms`);
    }
    console.log(`initial JS ${initialKb} KB gzip in ${js.files.length} files (≤ ${INITIAL_JS_TARGET_KB} KB); other screens in the initial load: ${screensInInitial.join(', ') || 'none'}`);
    console.log(`load average before ${result.loadAverage.before.join(' ')}, after ${result.loadAverage.after.join(' ')}; Lighthouse benchmark index ${result.benchmarkIndex.runs.join(', ')}`);
    console.log(`wrote ${file}`);
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
