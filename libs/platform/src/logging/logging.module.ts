import { DynamicModule, Global, Module } from '@nestjs/common';
import { Logger } from 'pino';

export const PINO_LOGGER = Symbol('PINO_LOGGER');

@Global()
@Module({})
export class LoggingModule {
  static forRoot(logger: Logger): DynamicModule {
    return { module: LoggingModule, providers: [{ provide: PINO_LOGGER, useValue: logger }], exports: [PINO_LOGGER] };
  }
}
