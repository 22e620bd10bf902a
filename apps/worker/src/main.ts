import 'reflect-metadata';
import * as nodeModule from 'node:module';
import { loadConfigOrExit } from '@welness/platform/config';

// Node 22 caches compiled bytecode between starts (boot is mostly module loading); Node 20 lacks it.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
import { createServer } from 'node:http';

/** The job runner on its own (production): same modules, no API; /metrics for Prometheus. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const { NestFactory } = await import('@nestjs/core');
  const { MetricsService, PinoNestLogger, createLogger } = await import('@welness/platform');
  const { AppModule } = await import('@welness/server');
  const logger = createLogger(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, logger, role: 'worker' }), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks([], { useProcessExit: true });

  const metrics = app.get(MetricsService);
  const port = Number(process.env.METRICS_PORT ?? 9464);
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/metrics') {
      metrics.registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    } else {
      res.writeHead(404).end();
    }
  });
  server.listen(port, '0.0.0.0');
  process.once('SIGTERM', () => server.close());
  logger.info({ metricsPort: port }, 'Welness AI worker ready');
}

main().catch((err: unknown) => {
  process.stderr.write(`Worker startup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
