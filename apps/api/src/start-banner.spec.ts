import { describe, expect, it } from 'vitest';
import { startBanner } from './start-banner';

describe('the npm start banner', () => {
  const base = { PUBLIC_URL: 'http://localhost:3000/', FACTS_SEED_SAMPLE: true };

  it('names the first admins and where they sign in', () => {
    const text = startBanner({ ...base, ADMIN_EMAILS: ['a@example.com'] }, 12.34);
    expect(text).toContain('ready in 12.3 s: http://localhost:3000');
    expect(text).toContain('sign in as a@example.com at http://localhost:3000/sign-up, then open http://localhost:3000/admin');
  });

  it('tells how to get an admin when none is configured, and how to load the full catalogue', () => {
    const text = startBanner({ ...base, ADMIN_EMAILS: [] }, 3);
    expect(text).toContain('ADMIN_EMAILS=you@example.com');
    expect(text).toContain('npm run admin -- grant you@example.com admin');
    expect(text).toContain('npm run facts:import');
  });
});
