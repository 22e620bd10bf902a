import { createHmac, KeyObject, timingSafeEqual } from 'node:crypto';

export class JwtRejected extends Error {}

const HEADER_ALG = /"alg"\s*:\s*"HS256"/;

/**
 * Verifies a compact HS256 JWT synchronously with Node's HMAC (a few microseconds). jose's
 * verify goes through WebCrypto, which hops to the libuv thread pool on every request; under
 * load that hop, not the HMAC, was most of the guard's cost. Only HS256 is accepted: the
 * header must say so (no `none`, no algorithm confusion), the signature is compared in
 * constant time, and `exp`/`nbf` are checked with `leewaySeconds` of clock skew.
 */
export function verifyHs256(
  token: string,
  key: KeyObject,
  nowSeconds: number,
  leewaySeconds = 5,
): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3 || token.length > 4096) throw new JwtRejected('malformed token');
  const [h, p, s] = parts;
  let header: { alg?: unknown; crit?: unknown };
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg?: unknown; crit?: unknown };
  } catch {
    throw new JwtRejected('malformed header');
  }
  if (
    header.alg !== 'HS256' ||
    header.crit !== undefined ||
    !HEADER_ALG.test(Buffer.from(h, 'base64url').toString('utf8'))
  ) {
    throw new JwtRejected('unexpected algorithm');
  }
  const expected = createHmac('sha256', key).update(`${h}.${p}`).digest();
  const given = Buffer.from(s, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new JwtRejected('bad signature');
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new JwtRejected('malformed payload');
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload))
    throw new JwtRejected('malformed payload');
  if (typeof payload.exp !== 'number' || payload.exp + leewaySeconds <= nowSeconds)
    throw new JwtRejected('expired');
  if (
    payload.nbf !== undefined &&
    (typeof payload.nbf !== 'number' || payload.nbf - leewaySeconds > nowSeconds)
  )
    throw new JwtRejected('not yet valid');
  return payload;
}
