import { randomBytes } from 'node:crypto';
import { DecryptionError, EnvelopeCipher } from './envelope-cipher';
import { rewrapLocalEnvelope } from './key-rotation';
import { LocalKeyProvider } from './local-key.provider';

const key = () => randomBytes(32).toString('base64');

describe('moving local encryption to a new master key', () => {
  const oldKey = key();
  const newKey = key();

  it('reads values written under a previous key, and writes under the current one only', async () => {
    const before = await new EnvelopeCipher(new LocalKeyProvider(oldKey)).encrypt('JBSWY3DPEHPK3PXP', 'mfa:u1');
    const during = new EnvelopeCipher(new LocalKeyProvider(newKey, [oldKey]));
    expect(await during.decrypt(before, 'mfa:u1')).toBe('JBSWY3DPEHPK3PXP');
    const written = await during.encrypt('new', 'c');
    await expect(new EnvelopeCipher(new LocalKeyProvider(oldKey)).decrypt(written, 'c')).rejects.toBeInstanceOf(DecryptionError);
    expect(await new EnvelopeCipher(new LocalKeyProvider(newKey)).decrypt(written, 'c')).toBe('new');
  });

  it('re-wraps only the data key: the value then opens with the new key alone, context still bound', async () => {
    const value = await new EnvelopeCipher(new LocalKeyProvider(oldKey)).encrypt('coach note', 'note:1');
    const provider = new LocalKeyProvider(newKey, [oldKey]);
    const rewrapped = await rewrapLocalEnvelope(value, provider);
    expect(rewrapped).not.toBeNull();
    expect(rewrapped!.split('.').slice(3)).toEqual(value.split('.').slice(3)); // iv, tag, ciphertext unchanged
    const after = new EnvelopeCipher(new LocalKeyProvider(newKey));
    expect(await after.decrypt(rewrapped!, 'note:1')).toBe('coach note');
    await expect(after.decrypt(rewrapped!, 'note:2')).rejects.toBeInstanceOf(DecryptionError);
    expect(await rewrapLocalEnvelope(rewrapped!, provider)).toBeNull(); // already current
    expect(await rewrapLocalEnvelope('wenc1.kms.a.b.c.d', provider)).toBeNull();
    await expect(rewrapLocalEnvelope(value, new LocalKeyProvider(key()))).rejects.toThrow();
  });
});
