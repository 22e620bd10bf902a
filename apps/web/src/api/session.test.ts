import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// The classic script index.html loads before the app (see vite.config.mts, sessionPrefetch).
const bootScript = readFileSync(resolve(__dirname, '../../boot/session-prefetch.js'), 'utf8');
const runBootScript = () => new Function(bootScript)();

const me = { id: 'u1', email: 'ana@example.test', displayName: 'Ana', timeZone: 'Europe/Madrid' };
const tokens = { accessToken: 'access-1', refreshToken: null, expiresIn: 900, user: me };

let refreshCalls: number;
let lastResponse: Response | null;

function stubFetch(status: number) {
  refreshCalls = 0;
  lastResponse = null;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/api/v1/auth/refresh')) refreshCalls++;
      const body = status === 200 ? tokens : { type: 'about:blank', title: 'Unauthorized', status };
      lastResponse = new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      return lastResponse;
    }),
  );
}

// Module state (tokens in memory) must not leak between tests.
const loadSession = async () => {
  vi.resetModules();
  return import('./session');
};

beforeEach(() => {
  delete window.__welnessBoot;
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete window.__welnessBoot;
});

it('takes over the refresh the boot script started, and never rotates the cookie twice', async () => {
  stubFetch(200);
  runBootScript();
  const { restoreSession } = await loadSession();
  await expect(restoreSession()).resolves.toMatchObject({ id: 'u1' });
  await expect(restoreSession()).resolves.toMatchObject({ id: 'u1' });
  expect(refreshCalls).toBe(1);
  expect(window.__welnessBoot).toBe('started');
});

it('makes the boot script stand down when the app started its own restore first', async () => {
  stubFetch(200);
  const { restoreSession, currentAccessToken } = await loadSession();
  const restored = restoreSession();
  runBootScript();
  await expect(restored).resolves.toMatchObject({ id: 'u1' });
  expect(currentAccessToken()).toBe('access-1');
  expect(refreshCalls).toBe(1);
});

it('reads a refused early refresh to the end and signs out', async () => {
  stubFetch(401);
  runBootScript();
  const { restoreSession, currentAccessToken } = await loadSession();
  await expect(restoreSession()).resolves.toBeNull();
  expect(currentAccessToken()).toBeNull();
  // An unread body keeps the request open, and the page's load never settles.
  expect(lastResponse?.bodyUsed).toBe(true);
});
