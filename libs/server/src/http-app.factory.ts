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
  closeConnectionsWhenDraining,
  createLogger,
  createValidationPipe,
  depthLimitedJsonParser,
  genRequestId,
  installBodyReadTimeout,
  installHttpMetrics,
  installInputTextGuard,
  installNoStoreForAuthenticated,
  problemClientErrorHandler,
  sendProblem,
} from '@welness/platform';
import { FastifyError, FastifyReply, FastifyRequest, LogController } from 'fastify';
import { Logger } from 'pino';
import { AppModule } from './app.module';
import { setupOpenApi } from './openapi';
import { installSecurityHeaders, staticSecurityHeaders } from './security-headers';
import { serveSpa } from './spa';

export interface HttpAppOptions {
  role: 'api' | 'all';
  serveWeb: boolean;
  logger?: Logger;
}

export const API_PREFIX = 'api/v1';

const SECURITY_HEADERS = staticSecurityHeaders({
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

/** Builds the HTTP application exactly as production runs it; tests use the same factory. */
export async function createHttpApp(config: AppConfig, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const logger = options.logger ?? createLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: genRequestId,
    requestIdHeader: false,
    bodyLimit: config.BODY_LIMIT_BYTES,
    // X-Forwarded-For is believed only from the configured proxies (the ALB's subnets in
    // Terraform); otherwise any client could pick the IP the auth throttle counts against.
    trustProxy: config.TRUSTED_PROXIES.length ? config.TRUSTED_PROXIES : false,
    // The router answers a malformed URL (400) or an over-long path parameter (414) before any
    // hook or Nest filter runs: answer those as problem+json too, with the security headers.
    frameworkErrors: (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      void sendProblem(reply.headers(SECURITY_HEADERS), req, {
        type: `https://welness.ai/problems/${status === 414 ? 'uri-too-long' : 'bad-request'}`,
        title: status === 414 ? 'URI too long' : 'Bad request',
        status,
        detail: error.message,
      });
    },
    // Per-request lines only when debugging: at thousands of req/s they would dominate the logs.
    // Requests Node's parser refuses (headers over 16 KB, garbage, timeouts) answer problem+json too.
    clientErrorHandler: problemClientErrorHandler(SECURITY_HEADERS),
    logController: new LogController({ disableRequestLogging: config.LOG_LEVEL !== 'debug' && config.LOG_LEVEL !== 'trace' }),
    forceCloseConnections: 'idle',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, logger, role: options.role }),
    adapter,
    // bodyParser: false — Nest would add an x-www-form-urlencoded parser, and every route here
    // takes JSON (or multipart where it says so); a form body is a 415, not a JSON DTO.
    { logger: new PinoNestLogger(logger), bufferLogs: false, abortOnError: false, bodyParser: false },
  );
  const fastify = app.getHttpAdapter().getInstance();
  installSecurityHeaders(fastify, SECURITY_HEADERS);
  installNoStoreForAuthenticated(fastify, `/${API_PREFIX}/auth/`);
  closeConnectionsWhenDraining(fastify);
  installBodyReadTimeout(fastify, { timeoutMs: config.BODY_READ_TIMEOUT_MS, minBytesPerSecond: config.BODY_MIN_BYTES_PER_SECOND });
  // One JSON parser with a nesting limit, and one text rule for every query, path parameter and body.
  app.useBodyParser('application/json', { bodyLimit: config.BODY_LIMIT_BYTES }, depthLimitedJsonParser(fastify));
  // Fastify's built-in text/plain parser would hand routes a string body (a CORS-simple type).
  fastify.removeContentTypeParser('text/plain');
  installInputTextGuard(fastify);
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
