import { TestApp, createTestApp } from '@welness/testing';

/** Password-reset requests from one peer with the given X-Forwarded-For values, in order. */
async function resetRequests(t: TestApp, forwardedFor: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const [i, xff] of forwardedFor.entries()) {
    const res = await fetch(`${t.url}/api/v1/auth/password/reset-request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': xff },
      body: JSON.stringify({ email: `probe-${i}-${Math.random().toString(36).slice(2)}@example.test` }),
    });
    statuses.push(res.status);
  }
  return statuses;
}

describe('identity: the per-IP auth throttle and X-Forwarded-For', () => {
  it('with no trusted proxy (the default), a spoofed X-Forwarded-For does not reset the limit', async () => {
    const t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      expect(t.config.TRUSTED_PROXIES).toEqual([]);
      expect(await resetRequests(t, ['203.0.113.1', '203.0.113.1', '203.0.113.1', '198.51.100.7', '198.51.100.8'])).toEqual([
        202, 202, 202, 429, 429,
      ]);
    } finally {
      await t.close();
    }
  });

  it("behind a trusted proxy, the client address it forwards is the one counted", async () => {
    const t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.1/32,::1' });
    try {
      expect(await resetRequests(t, ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.1', '198.51.100.7'])).toEqual([
        202, 202, 202, 429, 202,
      ]);
    } finally {
      await t.close();
    }
  });
});
