import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';

describe('identity: TOTP MFA and recovery codes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  // Each accepted code must be from a newer time step than the last; step forward explicitly.
  let step = 0;
  const code = (secret: string) =>
    generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * step++ - 30 });

  async function enrolled(): Promise<{ u: TestUser; secret: string; recoveryCodes: string[] }> {
    step = 0;
    const u = await signUp(t);
    const enroll = await post('/auth/mfa/enroll', {}, u.auth);
    expect(enroll.status).toBe(200);
    const { secret, otpauthUri } = (await enroll.json()) as { secret: string; otpauthUri: string };
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Welness%20AI:.+\?.*secret=/);
    expect((await post('/auth/mfa/confirm', { totp: '000000' }, u.auth)).status).toBe(401);
    const confirm = await post('/auth/mfa/confirm', { totp: await code(secret) }, u.auth);
    expect(confirm.status).toBe(200);
    const { recoveryCodes } = (await confirm.json()) as { recoveryCodes: string[] };
    return { u, secret, recoveryCodes };
  }

  it('issues 10 distinct recovery codes on confirmation', async () => {
    const { recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it('login requires the TOTP once MFA is on; a wrong code is refused; a code cannot be replayed', async () => {
    const { u, secret } = await enrolled();
    const bare = await post('/auth/login', { email: u.email, password: u.password });
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({
      type: expect.stringMatching(/mfa-required$/),
      mfaRequired: true,
    });
    expect((await post('/auth/login', { email: u.email, password: u.password, totp: '123456' })).status).toBe(
      401,
    );
    const totp = await code(secret);
    const ok = await post('/auth/login', { email: u.email, password: u.password, totp });
    expect(ok.status).toBe(200);
    expect((await post('/auth/login', { email: u.email, password: u.password, totp })).status).toBe(401);
    // the TOTP never helps without the password
    expect(
      (await post('/auth/login', { email: u.email, password: 'wrong-password', totp: await code(secret) }))
        .status,
    ).toBe(401);
  });

  it('a recovery code works exactly once', async () => {
    const { u, recoveryCodes } = await enrolled();
    const rc = recoveryCodes[3];
    expect(
      (await post('/auth/login', { email: u.email, password: u.password, recoveryCode: rc.toUpperCase() }))
        .status,
    ).toBe(200);
    expect(
      (await post('/auth/login', { email: u.email, password: u.password, recoveryCode: rc })).status,
    ).toBe(401);
    expect(
      (await post('/auth/login', { email: u.email, password: u.password, recoveryCode: recoveryCodes[4] }))
        .status,
    ).toBe(200);
  });

  it('disabling needs a valid code and then login needs only the password', async () => {
    const { u, secret } = await enrolled();
    const disable = await fetch(`${t.url}/api/v1/auth/mfa/disable`, {
      method: 'POST',
      headers: u.headers,
      body: JSON.stringify({ totp: await code(secret) }),
    });
    expect(disable.status).toBe(204);
    expect((await post('/auth/login', { email: u.email, password: u.password })).status).toBe(200);
  });

  it('stores the TOTP secret encrypted', async () => {
    const { u, secret } = await enrolled();
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const [row] = (await ds.query('SELECT mfa_secret_enc FROM users WHERE id = $1', [u.id])) as {
      mfa_secret_enc: string;
    }[];
    expect(row.mfa_secret_enc).toMatch(/^wenc1\./);
    expect(row.mfa_secret_enc).not.toContain(secret);
  });
});
