import { loadConfig } from '@welness/platform';

describe('identity settings in the config schema', () => {
  it('has working development defaults', () => {
    const c = loadConfig({});
    expect(c.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(c.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(c.ENCRYPTION_LOCAL_KEY, 'base64')).toHaveLength(32);
    expect(c.OIDC_PROVIDERS).toEqual([]);
  });

  it('refuses the development secrets in production, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /^Invalid configuration: JWT_SECRET is the development default/,
    );
    const jwt = 'x'.repeat(48);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: jwt })).toThrow(
      /ENCRYPTION_LOCAL_KEY is the development default/,
    );
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
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32/);
    expect(() => loadConfig({ ENCRYPTION_LOCAL_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /ENCRYPTION_LOCAL_KEY must be 32 bytes/,
    );
    expect(() => loadConfig({ ENCRYPTION_PROVIDER: 'kms' })).toThrow(/KMS_KEY_ID is required/);
    expect(() => loadConfig({ OIDC_PROVIDERS: '[{"name":"Bad Name"}]' })).toThrow(
      /OIDC_PROVIDERS must be a JSON array/,
    );
    const ok = loadConfig({
      OIDC_PROVIDERS:
        '[{"name":"google","issuer":"https://accounts.google.com","clientId":"a","clientSecret":"b"}]',
    });
    expect(ok.OIDC_PROVIDERS[0]).toMatchObject({ name: 'google', scopes: 'openid email profile' });
  });
});
