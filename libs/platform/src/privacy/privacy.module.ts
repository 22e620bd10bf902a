import { Global, Module } from '@nestjs/common';
import { PrivacyRegistry } from './privacy.registry';

@Global()
@Module({ providers: [PrivacyRegistry], exports: [PrivacyRegistry] })
export class PrivacyModule {}
