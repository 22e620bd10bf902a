import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptionError, EnvelopeCipher } from './envelope-cipher';
import { KmsKeyProvider } from './kms-key.provider';
import { LocalKeyProvider } from './local-key.provider';

const masterKey = randomBytes(32).toString('base64');

describe('EnvelopeCipher with the local AES-256-GCM provider', () => {
  const cipher = new EnvelopeCipher(new LocalKeyProvider(masterKey));

  it('round-trips unicode text and never stores the plaintext', async () => {
    const text = 'Knee injury — avoid deep squats; ñandú 🥑';
    const enc = await cipher.encrypt(text, 'note:1');
    expect(enc.startsWith('wenc1.local.')).toBe(true);
    expect(enc).not.toContain('squats');
    expect(await cipher.decrypt(enc, 'note:1')).toBe(text);
  });

  it('gives different ciphertexts for the same text (random IV)', async () => {
    expect(await cipher.encrypt('same', 'c')).not.toBe(await cipher.encrypt('same', 'c'));
  });

  it('refuses a value moved to another context, tampered or opened with another master key', async () => {
    const enc = await cipher.encrypt('secret', 'note:1');
    await expect(cipher.decrypt(enc, 'note:2')).rejects.toBeInstanceOf(DecryptionError);
    const parts = enc.split('.');
    const ct = Buffer.from(parts[5], 'base64url');
    ct[0] ^= 1;
    parts[5] = ct.toString('base64url');
    await expect(cipher.decrypt(parts.join('.'), 'note:1')).rejects.toBeInstanceOf(DecryptionError);
    const other = new EnvelopeCipher(new LocalKeyProvider(randomBytes(32).toString('base64')));
    await expect(other.decrypt(enc, 'note:1')).rejects.toThrow(/unwrap/);
    await expect(cipher.decrypt('plain text', 'x')).rejects.toThrow(/not an envelope/);
  });

  it('rejects a master key that is not 32 bytes', () => {
    expect(() => new LocalKeyProvider(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('EnvelopeCipher with the AWS KMS provider (client mocked)', () => {
  const kms = mockClient(KMSClient);
  // A stand-in for the KMS key: the mock wraps data keys with it the way KMS would.
  const kmsMaster = randomBytes(32);
  const wrap = (k: Buffer) => {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', kmsMaster, iv);
    const ct = Buffer.concat([c.update(k), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), ct]);
  };
  const unwrap = (b: Uint8Array) => {
    const buf = Buffer.from(b);
    const d = createDecipheriv('aes-256-gcm', kmsMaster, buf.subarray(0, 12));
    d.setAuthTag(buf.subarray(12, 28));
    return Buffer.concat([d.update(buf.subarray(28)), d.final()]);
  };

  beforeEach(() => {
    kms.reset();
    kms.on(GenerateDataKeyCommand).callsFake(() => {
      const key = randomBytes(32);
      return {
        Plaintext: new Uint8Array(key),
        CiphertextBlob: new Uint8Array(wrap(key)),
        KeyId: 'arn:aws:kms:eu-west-1:1:key/test',
      };
    });
    kms
      .on(DecryptCommand)
      .callsFake((input: { CiphertextBlob: Uint8Array }) => ({
        Plaintext: new Uint8Array(unwrap(input.CiphertextBlob)),
      }));
  });

  it('asks KMS for an AES_256 data key once and reuses it while cached', async () => {
    const cipher = new EnvelopeCipher(
      new KmsKeyProvider(new KMSClient({ region: 'eu-west-1' }), 'alias/welness'),
    );
    const a = await cipher.encrypt('one', 'ctx');
    const b = await cipher.encrypt('two', 'ctx');
    expect(a.startsWith('wenc1.kms.')).toBe(true);
    const calls = kms.commandCalls(GenerateDataKeyCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0].args[0].input).toMatchObject({ KeyId: 'alias/welness', KeySpec: 'AES_256' });
    expect(await cipher.decrypt(a, 'ctx')).toBe('one');
    expect(await cipher.decrypt(b, 'ctx')).toBe('two');
    expect(kms.commandCalls(DecryptCommand)).toHaveLength(0); // the encrypting instance still holds the key
  });

  it('a fresh instance unwraps through KMS Decrypt, once per data key', async () => {
    const writer = new EnvelopeCipher(
      new KmsKeyProvider(new KMSClient({ region: 'eu-west-1' }), 'alias/welness'),
    );
    const enc = await writer.encrypt('hello', 'ctx');
    const reader = new EnvelopeCipher(
      new KmsKeyProvider(new KMSClient({ region: 'eu-west-1' }), 'alias/welness'),
    );
    expect(await reader.decrypt(enc, 'ctx')).toBe('hello');
    expect(await reader.decrypt(enc, 'ctx')).toBe('hello');
    expect(kms.commandCalls(DecryptCommand)).toHaveLength(1);
  });

  it('rotates the data key after its use budget', async () => {
    const cipher = new EnvelopeCipher(new KmsKeyProvider(new KMSClient({ region: 'eu-west-1' }), 'k'), {
      dataKeyMaxUses: 2,
    });
    for (let i = 0; i < 5; i++) await cipher.encrypt(`v${i}`, 'ctx');
    expect(kms.commandCalls(GenerateDataKeyCommand)).toHaveLength(3);
  });

  it('reports a KMS failure as a DecryptionError', async () => {
    const writer = new EnvelopeCipher(new KmsKeyProvider(new KMSClient({ region: 'eu-west-1' }), 'k'));
    const enc = await writer.encrypt('x', 'ctx');
    kms.on(DecryptCommand).rejects(new Error('AccessDeniedException'));
    const reader = new EnvelopeCipher(new KmsKeyProvider(new KMSClient({ region: 'eu-west-1' }), 'k'));
    await expect(reader.decrypt(enc, 'ctx')).rejects.toThrow(/AccessDenied/);
  });

  it('a value from one provider is not opened by the other', async () => {
    const kmsCipher = new EnvelopeCipher(new KmsKeyProvider(new KMSClient({ region: 'eu-west-1' }), 'k'));
    const local = new EnvelopeCipher(new LocalKeyProvider(masterKey));
    await expect(local.decrypt(await kmsCipher.encrypt('x', 'c'), 'c')).rejects.toThrow(/kms provider/);
  });
});
