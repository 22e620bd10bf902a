import type { components } from '@welness/contracts';
import { api } from './client';

export type Me = components['schemas']['MeDto'];
type Tokens = components['schemas']['TokenResponseDto'];

/**
 * The access token lives in memory only; the refresh token is an httpOnly cookie the SPA never
 * sees. A reload restores the session by calling /auth/refresh with that cookie.
 */
let accessToken: string | null = null;
let expiresAt = 0;
let currentUser: Me | null = null;
let refreshing: Promise<Me | null> | null = null;
const listeners = new Set<(me: Me | null) => void>();

const REFRESH_MARGIN_MS = 30_000;
const AUTH_PATHS = /\/api\/v1\/auth\/(login|register|refresh|logout)$/;

export function onSessionChange(listener: (me: Me | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function acceptTokens(tokens: Tokens): Me {
  accessToken = tokens.accessToken;
  expiresAt = Date.now() + tokens.expiresIn * 1000;
  currentUser = tokens.user;
  listeners.forEach((l) => l(tokens.user));
  return tokens.user;
}

/** The profile changed (name, time zone): tell the app without touching the tokens. */
export function updateSessionUser(user: Me): void {
  if (!accessToken) return;
  currentUser = user;
  listeners.forEach((l) => l(user));
}

export function clearSession(): void {
  accessToken = null;
  expiresAt = 0;
  currentUser = null;
  listeners.forEach((l) => l(null));
}

export function currentAccessToken(): string | null {
  return accessToken;
}

/**
 * The session after a page load: main.tsx starts it before React renders (one round trip
 * earlier) and the SessionProvider awaits the same answer rather than rotating the cookie again.
 */
export function restoreSession(): Promise<Me | null> {
  if (accessToken && currentUser && Date.now() < expiresAt - REFRESH_MARGIN_MS) return Promise.resolve(currentUser);
  return refreshSession();
}

declare global {
  interface Window {
    /** Set by boot/session-prefetch.js (an early refresh) or here (the restore has started). */
    __welnessBoot?: { refresh: Promise<Response> } | 'started';
  }
}

/**
 * The refresh boot/session-prefetch.js started while the scripts downloaded, if it ran first.
 * Marks the restore as started either way, so that script, arriving later, does not rotate the
 * cookie a second time.
 */
function takePrefetchedRefresh(): Promise<Tokens | null> | undefined {
  if (typeof window === 'undefined') return undefined;
  const boot = window.__welnessBoot;
  window.__welnessBoot = 'started';
  if (typeof boot !== 'object') return undefined;
  return boot.refresh.then(async (res) => {
    if (res.ok) return (await res.json()) as Tokens;
    // Read the problem body too: an unread body keeps the request open in the browser.
    await res.text();
    return null;
  });
}

const postRefresh = (): Promise<Tokens | null> => api.POST('/api/v1/auth/refresh', { body: { useCookie: true } }).then(({ data }) => data ?? null);

/** One refresh at a time: parallel queries share the same rotation. */
export function refreshSession(): Promise<Me | null> {
  // The page's first refresh may already be under way (boot/session-prefetch.js).
  refreshing ??= (takePrefetchedRefresh() ?? postRefresh())
    .then((tokens) => (tokens ? acceptTokens(tokens) : (clearSession(), null)))
    .catch(() => (clearSession(), null))
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

api.use({
  async onRequest({ request }) {
    if (AUTH_PATHS.test(new URL(request.url).pathname)) return request;
    if (accessToken && Date.now() > expiresAt - REFRESH_MARGIN_MS) await refreshSession();
    if (accessToken) request.headers.set('authorization', `Bearer ${accessToken}`);
    return request;
  },
  onResponse({ request, response }) {
    // An expired or revoked session: drop it so the router sends the user to sign in.
    if (response.status === 401 && accessToken && !AUTH_PATHS.test(new URL(request.url).pathname)) clearSession();
    return response;
  },
});
