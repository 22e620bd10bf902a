import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AppConfig,
  ActiveUsersMetrics,
  MetricsService,
  PinoNestLogger,
  ProblemFilter,
  PINO_LOGGER,
  createLogger,
  createValidationPipe,
  genRequestId,
  installHttpMetrics,
} from '@welness/platform';
import { LogController } from 'fastify';
import { Logger } from 'pino';
import { AppModule } from './app.module';
import { setupOpenApi } from './openapi';
import { installSecurityHeaders } from './security-headers';
import { serveSpa } from './spa';

export interface HttpAppOptions {
  role: 'api' | 'all';
  serveWeb: boolean;
  logger?: Logger;
}

export const API_PREFIX = 'api/v1';

/** Builds the HTTP application exactly as production runs it; tests use the same factory. */
export async function createHttpApp(config: AppConfig, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const logger = options.logger ?? createLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: genRequestId,
    requestIdHeader: false,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: true,
    // Per-request lines only when debugging: at thousands of req/s they would dominate the logs.
    logController: new LogController({ disableRequestLogging: config.LOG_LEVEL !== 'debug' && config.LOG_LEVEL !== 'trace' }),
    forceCloseConnections: 'idle',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, logger, role: options.role }),
    adapter,
    { logger: new PinoNestLogger(logger), bufferLogs: false, abortOnError: false },
  );
  const fastify = app.getHttpAdapter().getInstance();
  installSecurityHeaders(fastify, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https://images.openfoodfacts.org', 'https://static.openfoodfacts.org'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
      },
    },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  app.enableCors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false, credentials: true });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(app.get(PINO_LOGGER)));
  installHttpMetrics(fastify, app.get(MetricsService), app.get(ActiveUsersMetrics));
  setupOpenApi(app);
  if (options.serveWeb) await serveSpa(app, config.WEB_DIST_DIR);
  // Exit 0 after a clean shutdown (and let pino flush) instead of re-raising the signal.
  app.enableShutdownHooks([], { useProcessExit: true });
  return app;
}
