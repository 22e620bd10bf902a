import type { AppConfig } from '@welness/platform';
import type Redis from 'ioredis';
import { RevokedSessions } from './revoked-sessions';

const config = { ACCESS_TOKEN_TTL_SECONDS: 900 } as AppConfig;

describe('RevokedSessions', () => {
  it('keeps each ended session for one access-token lifetime (plus leeway)', async () => {
    const sets: unknown[][] = [];
    const store = new Set<string>();
    const redis = {
      multi: () => {
        const ops: unknown[][] = [];
        const m = {
          set: (...args: unknown[]) => {
            ops.push(args);
            return m;
          },
          exec: async () => {
            for (const op of ops) {
              sets.push(op);
              store.add(String(op[0]));
            }
            return [];
          },
        };
        return m;
      },
      exists: async (k: string) => (store.has(k) ? 1 : 0),
    } as unknown as Redis;
    const revoked = new RevokedSessions(redis, config);
    await revoked.revoke(['s1', 's2']);
    expect(sets).toEqual([
      ['revoked-session:s1', '1', 'EX', 910],
      ['revoked-session:s2', '1', 'EX', 910],
    ]);
    expect(await revoked.isRevoked('s1')).toBe(true);
    expect(await revoked.isRevoked('s3')).toBe(false);
  });

  it('fails open during a Redis outage, in both directions', async () => {
    const down = () => {
      throw new Error('Connection is closed.');
    };
    const redis = { multi: () => ({ set: down, exec: down }), exists: async () => down() } as unknown as Redis;
    const revoked = new RevokedSessions(redis, config);
    await expect(revoked.revoke(['s1'])).resolves.toBeUndefined();
    await expect(revoked.isRevoked('s1')).resolves.toBe(false);
  });
});
