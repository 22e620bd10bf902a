import { CatalogRoute, RoutePolicyCatalog } from './route-policy.catalog';
import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import {
  PERSONAS,
  Persona,
  concretePath,
  expectationFor,
  renderTable,
  satisfies,
} from './authorization-matrix';
import { NOT_YOURS_DETAIL } from './policy.guard';

/** Routes that Fastify plugins add outside Nest (no guard runs there): only the OpenAPI docs. */
const PLUGIN_ROUTES = /^\/api\/docs(\/|$)/;
const RANDOM_ID = '00000000-0000-4000-8000-00000000abcd';

describe('authorization matrix: every served route × every persona', () => {
  let t: TestApp;
  const users = {} as Record<Exclude<Persona, 'anonymous'>, TestUser>;

  beforeAll(async () => {
    t = await createTestApp();
    users.owner = await signUp(t, { displayName: 'Matrix client' });
    users.otherUser = await signUp(t);
    users.coachNoLink = await signUp(t, { roles: ['coach'] });
    users.coachLinked = await signUp(t, { roles: ['coach'] });
    users.coachEnded = await signUp(t, { roles: ['coach'] });
    users.admin = await signUp(t, { roles: ['admin'] });
    const json = (u: TestUser) => ({ ...u.auth, 'content-type': 'application/json' });
    for (const coach of [users.coachLinked, users.coachEnded]) {
      const inv = await fetch(`${t.url}/api/v1/coach/invitations`, {
        method: 'POST',
        headers: json(coach),
        body: JSON.stringify({ email: users.owner.email, scopes: ['read', 'write', 'message'] }),
      });
      const { id } = (await inv.json()) as { id: string };
      const consent = await fetch(`${t.url}/api/v1/me/coach-links/${id}/consent`, {
        method: 'POST',
        headers: json(users.owner),
        body: JSON.stringify({ scopes: ['read', 'write', 'message'] }),
      });
      expect(consent.status).toBe(200);
      if (coach === users.coachEnded) {
        expect(
          (
            await fetch(`${t.url}/api/v1/me/coach-links/${id}/end`, {
              method: 'POST',
              headers: users.owner.auth,
            })
          ).status,
        ).toBe(200);
      }
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('every route the server serves has a policy, and each persona gets what the policy says', async () => {
    const routes = t.app.get(RoutePolicyCatalog, { strict: false }).routes();
    const unguarded = routes.filter((r) => !r.policy && !PLUGIN_ROUTES.test(r.url));
    expect(
      unguarded.map((r) => `${r.method} ${r.url}`),
      'routes without a declared policy',
    ).toEqual([]);

    const guarded = routes.filter(
      (r): r is CatalogRoute & { policy: NonNullable<CatalogRoute['policy']> } => !!r.policy,
    );
    expect(guarded.length).toBeGreaterThan(20);
    const failures: string[] = [];
    const rows: { method: string; url: string; policy: string; cells: string[] }[] = [];
    // Logout ends the caller's session (its access token is deny-listed at once): probe it last.
    const endsSession = (r: CatalogRoute) => (r.method === 'POST' && r.url === '/api/v1/auth/logout' ? 1 : 0);
    for (const route of guarded.sort(
      (a, b) => endsSession(a) - endsSession(b) || a.url.localeCompare(b.url) || a.method.localeCompare(b.method),
    )) {
      const cells: string[] = [];
      for (const persona of PERSONAS) {
        const expected = expectationFor(route.policy, persona, route.url);
        const observed = await call(route, persona);
        const ok = satisfies(expected, observed, NOT_YOURS_DETAIL);
        cells.push(`${observed.status}${ok ? '' : '✗'}`);
        if (!ok)
          failures.push(
            `${route.method} ${route.url} as ${persona}: expected ${expected}, got ${observed.status} ${observed.detail ?? ''}`,
          );
      }
      rows.push({
        method: route.method,
        url: route.url,
        policy: route.policy.kind + (route.policy.scope ? `:${route.policy.scope}` : ''),
        cells,
      });
    }
    console.log(
      `\nAuthorization matrix (${rows.length} routes × ${PERSONAS.length} personas; ✗ = not what the policy allows)\n${renderTable(rows)}\n`,
    );
    expect(failures).toEqual([]);
  });

  async function call(route: CatalogRoute, persona: Persona): Promise<{ status: number; detail?: string }> {
    const path = concretePath(route.url, users.owner.id, RANDOM_ID);
    const withBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
    const headers: Record<string, string> = persona === 'anonymous' ? {} : { ...users[persona].auth };
    if (withBody) headers['content-type'] = 'application/json';
    const res = await fetch(`${t.url}${path}`, {
      method: route.method,
      headers,
      body: withBody ? '{}' : undefined,
      redirect: 'manual',
    });
    const text = await res.text();
    let detail: string | undefined;
    if ((res.headers.get('content-type') ?? '').includes('json')) {
      try {
        detail = (JSON.parse(text) as { detail?: string }).detail;
      } catch {
        detail = undefined;
      }
    }
    return { status: res.status, detail };
  }
});
