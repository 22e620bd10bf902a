import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DataKey, DataKeyProvider } from './data-key.provider';

const IV = 12;
const TAG = 16;

/**
 * Wraps random 256-bit data keys with a master key from config using AES-256-GCM.
 * Wrapped layout: iv(12) | tag(16) | ciphertext(32).
 *
 * `previousKeysBase64` are former master keys, tried for unwrapping only, so data written
 * before a key change stays readable until `npm run secrets:rotate-encryption` re-wraps it.
 */
export class LocalKeyProvider implements DataKeyProvider {
  readonly id = 'local' as const;
  private readonly master: Buffer;
  private readonly previous: Buffer[];

  constructor(masterKeyBase64: string, previousKeysBase64: readonly string[] = []) {
    this.master = toKey(masterKeyBase64);
    this.previous = previousKeysBase64.map(toKey);
  }

  async generateDataKey(): Promise<DataKey> {
    const plaintext = randomBytes(32);
    return { plaintext, wrapped: this.wrap(plaintext) };
  }

  wrap(plaintext: Buffer): Buffer {
    const iv = randomBytes(IV);
    const cipher = createCipheriv('aes-256-gcm', this.master, iv);
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ct]);
  }

  async unwrap(wrapped: Buffer): Promise<Buffer> {
    return (await this.unwrapWithIndex(wrapped)).key;
  }

  /** The data key and which master opened it: 0 the current one, 1… the previous ones in order. */
  async unwrapWithIndex(wrapped: Buffer): Promise<{ key: Buffer; index: number }> {
    if (wrapped.length !== IV + TAG + 32) throw new Error('wrapped data key has the wrong length');
    const masters = [this.master, ...this.previous];
    for (let index = 0; index < masters.length; index++) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', masters[index], wrapped.subarray(0, IV));
        decipher.setAuthTag(wrapped.subarray(IV, IV + TAG));
        return { key: Buffer.concat([decipher.update(wrapped.subarray(IV + TAG)), decipher.final()]), index };
      } catch {
        // not this master key; try the next
      }
    }
    throw new Error('Unsupported state or unable to authenticate data');
  }
}

function toKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('local encryption key must be 32 bytes');
  return key;
}
