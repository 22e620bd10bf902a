import { KMSClient } from '@aws-sdk/client-kms';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';
import { EnvelopeCipher } from './envelope-cipher';
import { KmsKeyProvider } from './kms-key.provider';
import { LocalKeyProvider } from './local-key.provider';

export function createEnvelopeCipher(
  config: Pick<AppConfig, 'ENCRYPTION_PROVIDER' | 'ENCRYPTION_LOCAL_KEY' | 'ENCRYPTION_PREVIOUS_KEYS' | 'KMS_KEY_ID' | 'AWS_REGION'>,
): EnvelopeCipher {
  if (config.ENCRYPTION_PROVIDER === 'kms') {
    if (!config.KMS_KEY_ID) throw new Error('KMS_KEY_ID is required when ENCRYPTION_PROVIDER=kms');
    return new EnvelopeCipher(
      new KmsKeyProvider(new KMSClient({ region: config.AWS_REGION }), config.KMS_KEY_ID),
    );
  }
  return new EnvelopeCipher(new LocalKeyProvider(config.ENCRYPTION_LOCAL_KEY, config.ENCRYPTION_PREVIOUS_KEYS));
}

/** Import where sensitive text is stored; provides one EnvelopeCipher built from config. */
@Module({
  providers: [
    {
      provide: EnvelopeCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createEnvelopeCipher(config),
    },
  ],
  exports: [EnvelopeCipher],
})
export class CryptoModule {}
