import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DataKey, DataKeyProvider } from './data-key.provider';

const IV = 12;
const TAG = 16;

/**
 * Wraps random 256-bit data keys with a master key from config using AES-256-GCM.
 * Wrapped layout: iv(12) | tag(16) | ciphertext(32).
 */
export class LocalKeyProvider implements DataKeyProvider {
  readonly id = 'local' as const;
  private readonly master: Buffer;

  constructor(masterKeyBase64: string) {
    this.master = Buffer.from(masterKeyBase64, 'base64');
    if (this.master.length !== 32) throw new Error('local encryption key must be 32 bytes');
  }

  async generateDataKey(): Promise<DataKey> {
    const plaintext = randomBytes(32);
    const iv = randomBytes(IV);
    const cipher = createCipheriv('aes-256-gcm', this.master, iv);
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { plaintext, wrapped: Buffer.concat([iv, cipher.getAuthTag(), ct]) };
  }

  async unwrap(wrapped: Buffer): Promise<Buffer> {
    if (wrapped.length !== IV + TAG + 32) throw new Error('wrapped data key has the wrong length');
    const decipher = createDecipheriv('aes-256-gcm', this.master, wrapped.subarray(0, IV));
    decipher.setAuthTag(wrapped.subarray(IV, IV + TAG));
    return Buffer.concat([decipher.update(wrapped.subarray(IV + TAG)), decipher.final()]);
  }
}
