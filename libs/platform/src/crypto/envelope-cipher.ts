import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DataKey, DataKeyProvider } from './data-key.provider';

const VERSION = 'wenc1';
const IV = 12;

export interface EnvelopeCipherOptions {
  /** How long one data key encrypts new values before a fresh one is fetched (KMS calls cost money and time). */
  dataKeyTtlMs?: number;
  /** How many values one data key may encrypt before rotation. */
  dataKeyMaxUses?: number;
  /** How long unwrapped data keys stay in memory for decryption. */
  unwrapCacheTtlMs?: number;
}

export class DecryptionError extends Error {}

/**
 * Envelope encryption of sensitive free text. Each value is AES-256-GCM under a data key; the
 * data key, wrapped by the provider, travels inside the value:
 * `wenc1.<provider>.<wrapped key>.<iv>.<tag>.<ciphertext>` (base64url parts).
 * `context` is bound as additional authenticated data, so a value copied to another row fails.
 */
export class EnvelopeCipher {
  private current?: { key: DataKey; at: number; uses: number };
  private readonly unwrapped = new Map<string, { key: Buffer; at: number }>();
  private readonly ttl: number;
  private readonly maxUses: number;
  private readonly unwrapTtl: number;

  constructor(
    private readonly provider: DataKeyProvider,
    options: EnvelopeCipherOptions = {},
  ) {
    this.ttl = options.dataKeyTtlMs ?? 5 * 60_000;
    this.maxUses = options.dataKeyMaxUses ?? 10_000;
    this.unwrapTtl = options.unwrapCacheTtlMs ?? 5 * 60_000;
  }

  get providerId(): string {
    return this.provider.id;
  }

  async encrypt(plaintext: string, context: string): Promise<string> {
    const key = await this.dataKey();
    const iv = randomBytes(IV);
    const cipher = createCipheriv('aes-256-gcm', key.plaintext, iv);
    cipher.setAAD(Buffer.from(context));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.provider.id, b64(key.wrapped), b64(iv), b64(cipher.getAuthTag()), b64(ct)].join(
      '.',
    );
  }

  async decrypt(value: string, context: string): Promise<string> {
    const parts = value.split('.');
    if (parts.length !== 6 || parts[0] !== VERSION)
      throw new DecryptionError('not an envelope-encrypted value');
    const [, providerId, wrapped, iv, tag, ct] = parts;
    if (providerId !== this.provider.id)
      throw new DecryptionError(`value was encrypted by the ${providerId} provider`);
    const key = await this.unwrap(wrapped);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new DecryptionError('value failed authentication (wrong key or context, or tampered)');
    }
  }

  private async dataKey(): Promise<DataKey> {
    const now = Date.now();
    const c = this.current;
    if (c && now - c.at < this.ttl && c.uses < this.maxUses) {
      c.uses++;
      return c.key;
    }
    const key = await this.provider.generateDataKey();
    this.current = { key, at: now, uses: 1 };
    this.unwrapped.set(b64(key.wrapped), { key: key.plaintext, at: now });
    return key;
  }

  private async unwrap(wrapped: string): Promise<Buffer> {
    const hit = this.unwrapped.get(wrapped);
    if (hit && Date.now() - hit.at < this.unwrapTtl) return hit.key;
    let key: Buffer;
    try {
      key = await this.provider.unwrap(Buffer.from(wrapped, 'base64url'));
    } catch (err) {
      throw new DecryptionError(`could not unwrap the data key: ${(err as Error).message}`);
    }
    if (this.unwrapped.size > 1000) this.unwrapped.clear();
    this.unwrapped.set(wrapped, { key, at: Date.now() });
    return key;
  }
}

const b64 = (b: Buffer): string => b.toString('base64url');
