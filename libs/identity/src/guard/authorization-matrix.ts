import type { PolicyMeta } from '@welness/platform';

export type Persona =
  'anonymous' | 'owner' | 'otherUser' | 'coachNoLink' | 'coachLinked' | 'coachEnded' | 'admin';
export const PERSONAS: Persona[] = [
  'anonymous',
  'owner',
  'otherUser',
  'coachNoLink',
  'coachLinked',
  'coachEnded',
  'admin',
];

/**
 * What a persona may expect from a route, derived only from the route's declared policy:
 *  - 'pass': the guard lets the request through (the handler may still answer 400/404/409…)
 *  - 401 / 403 / 404: the guard stops it with this status
 *  - 'any': public routes; only "no 5xx" is asserted
 */
export type Expectation = 'pass' | 'any' | 401 | 403 | 404;

export function expectationFor(policy: PolicyMeta, persona: Persona, path: string): Expectation {
  if (policy.kind === 'public') return 'any';
  if (persona === 'anonymous') return 401;
  switch (policy.kind) {
    case 'authenticated':
      return 'pass';
    case 'owner':
      // On an owner route naming a user, only that user gets through.
      return path.includes(':userId') && persona !== 'owner' ? 404 : 'pass';
    case 'admin':
      return persona === 'admin' ? 'pass' : 403;
    case 'coach-of-client':
      return persona === 'coachLinked' ? 'pass' : 404;
  }
}

export interface Observed {
  status: number;
  /** problem+json `detail`, to tell a guard's 404 from a handler's. */
  detail?: string;
}

/** True when the observed answer is what the expectation allows. */
export function satisfies(expected: Expectation, observed: Observed, guardNotFoundDetail: string): boolean {
  if (observed.status >= 500) return false;
  if (expected === 'any') return true;
  if (expected === 'pass') {
    if (observed.status === 401) return false;
    if (observed.status === 404 && observed.detail === guardNotFoundDetail) return false;
    return true;
  }
  if (expected === 404) return observed.status === 404 && observed.detail === guardNotFoundDetail;
  return observed.status === expected;
}

/** Fills path parameters: `:userId` is the subject (owner/client), anything else a random id. */
export function concretePath(template: string, subjectUserId: string, otherId: string): string {
  return template
    .split('/')
    .map((seg) =>
      seg === ':userId' ? subjectUserId : seg.startsWith(':') ? otherId : seg === '*' ? 'x' : seg,
    )
    .join('/');
}

export function renderTable(
  rows: { method: string; url: string; policy: string; cells: string[] }[],
): string {
  const header = ['METHOD', 'ROUTE', 'POLICY', ...PERSONAS];
  const data = rows.map((r) => [r.method, r.url, r.policy, ...r.cells]);
  const widths = header.map((h, i) => Math.max(h.length, ...data.map((d) => d[i].length)));
  const line = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...data.map(line)].join('\n');
}
