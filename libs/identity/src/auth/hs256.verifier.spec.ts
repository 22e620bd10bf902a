import { SignJWT, UnsecuredJWT } from 'jose';
import { createSecretKey } from 'node:crypto';
import { JwtRejected, verifyHs256 } from './hs256.verifier';

const key = createSecretKey(Buffer.from('a-test-secret-that-is-long-enough-0123456789'));
const other = createSecretKey(Buffer.from('another-secret-that-is-long-enough-0123456789'));
const now = () => Math.floor(Date.now() / 1000);

const sign = (claims: Record<string, unknown> = {}, k = key, exp: number | string = '15m') =>
  new SignJWT({ typ: 'access', roles: ['user'], ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u1')
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(k);

describe('verifyHs256', () => {
  it('accepts a token signed by jose with the same key and returns its claims', async () => {
    const payload = verifyHs256(await sign(), key, now());
    expect(payload).toMatchObject({ sub: 'u1', typ: 'access', roles: ['user'] });
  });

  it('rejects another key, a tampered payload or signature', async () => {
    const t = await sign();
    expect(() => verifyHs256(t, other, now())).toThrow(JwtRejected);
    const [h, p, s] = t.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['admin'] }),
    ).toString('base64url');
    expect(() => verifyHs256(`${h}.${forgedPayload}.${s}`, key, now())).toThrow(/bad signature/);
    expect(() => verifyHs256(`${h}.${p}.${s.slice(0, -2)}`, key, now())).toThrow(/bad signature/);
  });

  it('rejects alg none and other algorithms', async () => {
    const unsecured = new UnsecuredJWT({ sub: 'u1', typ: 'access' }).setExpirationTime('15m').encode();
    expect(() => verifyHs256(unsecured, key, now())).toThrow(/algorithm|malformed/);
    const t = await sign();
    const [, p, s] = t.split('.');
    const hs512 = Buffer.from(JSON.stringify({ alg: 'HS512' })).toString('base64url');
    expect(() => verifyHs256(`${hs512}.${p}.${s}`, key, now())).toThrow(/algorithm/);
  });

  it('checks expiry and not-before with a small leeway, and requires exp', async () => {
    const t = await sign({}, key, now() + 60);
    expect(() => verifyHs256(t, key, now() + 120)).toThrow(/expired/);
    expect(verifyHs256(t, key, now() + 62)).toBeTruthy(); // within 5 s leeway
    const noExp = await new SignJWT({ typ: 'access' }).setProtectedHeader({ alg: 'HS256' }).sign(key);
    expect(() => verifyHs256(noExp, key, now())).toThrow(/expired/);
    const future = await new SignJWT({ typ: 'access' })
      .setProtectedHeader({ alg: 'HS256' })
      .setNotBefore(now() + 600)
      .setExpirationTime('1h')
      .sign(key);
    expect(() => verifyHs256(future, key, now())).toThrow(/not yet/);
  });

  it('rejects garbage', () => {
    for (const junk of ['', 'a.b', 'a.b.c', '....', 'x'.repeat(5000)])
      expect(() => verifyHs256(junk, key, now())).toThrow(JwtRejected);
  });
});
