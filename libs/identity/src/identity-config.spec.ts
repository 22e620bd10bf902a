import { DEV_ENCRYPTION_KEY, DEV_JWT_SECRET, loadConfig } from '@welness/platform';

describe('identity settings in the config schema', () => {
  it('has working test defaults', () => {
    const c = loadConfig({ NODE_ENV: 'test' });
    expect(c.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(c.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(c.ENCRYPTION_LOCAL_KEY, 'base64')).toHaveLength(32);
    expect(c.OIDC_PROVIDERS).toEqual([]);
  });

  it('refuses the published secrets outside NODE_ENV=test, naming the variable', () => {
    for (const NODE_ENV of ['production', 'development', undefined]) {
      expect(() => loadConfig({ NODE_ENV })).toThrow(/^Invalid configuration: JWT_SECRET is the published development default/);
      expect(() => loadConfig({ NODE_ENV, JWT_SECRET: DEV_JWT_SECRET, ENCRYPTION_LOCAL_KEY: Buffer.alloc(32, 7).toString('base64') })).toThrow(
        /JWT_SECRET is the published development default/,
      );
      expect(() => loadConfig({ NODE_ENV, JWT_SECRET: 'x'.repeat(48) })).toThrow(
        /ENCRYPTION_LOCAL_KEY is the published development default/,
      );
    }
    expect(() => loadConfig({})).toThrow(/npm start/); // the hint for a local install
    const jwt = 'x'.repeat(48);
    expect(loadConfig({ JWT_SECRET: jwt, ENCRYPTION_LOCAL_KEY: Buffer.alloc(32, 7).toString('base64') }).NODE_ENV).toBe('development');
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: jwt, ENCRYPTION_LOCAL_KEY: key }).NODE_ENV).toBe(
      'production',
    );
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: jwt,
        ENCRYPTION_PROVIDER: 'kms',
        KMS_KEY_ID: 'alias/welness',
      }).ENCRYPTION_PROVIDER,
    ).toBe('kms');
  });

  it('validates secrets, KMS and OIDC provider settings', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32/);
    expect(() => loadConfig({ NODE_ENV: 'test', ENCRYPTION_LOCAL_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /ENCRYPTION_LOCAL_KEY must be 32 bytes/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', ENCRYPTION_PROVIDER: 'kms' })).toThrow(/KMS_KEY_ID is required/);
    expect(() => loadConfig({ NODE_ENV: 'test', OIDC_PROVIDERS: '[{"name":"Bad Name"}]' })).toThrow(
      /OIDC_PROVIDERS must be a JSON array/,
    );
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(loadConfig({ NODE_ENV: 'test', ENCRYPTION_PREVIOUS_KEYS: `${key}, ${DEV_ENCRYPTION_KEY}` }).ENCRYPTION_PREVIOUS_KEYS).toEqual([key, DEV_ENCRYPTION_KEY]);
    expect(() => loadConfig({ NODE_ENV: 'test', ENCRYPTION_PREVIOUS_KEYS: 'short' })).toThrow(/ENCRYPTION_PREVIOUS_KEYS must be/);
    expect(loadConfig({ NODE_ENV: 'test', ADMIN_EMAILS: ' A@Example.com,, b@example.com ' }).ADMIN_EMAILS).toEqual(['a@example.com', 'b@example.com']);
    expect(() => loadConfig({ NODE_ENV: 'test', ADMIN_EMAILS: 'a@example.com,not-an-address' })).toThrow(/ADMIN_EMAILS .*not-an-address/);
    const ok = loadConfig({
      NODE_ENV: 'test',
      OIDC_PROVIDERS:
        '[{"name":"google","issuer":"https://accounts.google.com","clientId":"a","clientSecret":"b"}]',
    });
    expect(ok.OIDC_PROVIDERS[0]).toMatchObject({ name: 'google', scopes: 'openid email profile' });
  });
});
