import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { PinoNestLogger, createLogger, loadConfigOrExit } from '@welness/platform';
import { AppModule } from '@welness/server';

/** The job runner on its own (production): same modules, no HTTP. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, logger, role: 'worker' }), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  logger.info('Welness AI worker ready');
}

main().catch((err: unknown) => {
  process.stderr.write(`Worker startup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
