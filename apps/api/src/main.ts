import 'reflect-metadata';
import * as nodeModule from 'node:module';
import { loadConfigOrExit } from '@welness/platform/config';

// Node 22 caches compiled bytecode between starts (boot is mostly module loading); Node 20 lacks it.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

async function main(): Promise<void> {
  // Validate the environment before loading the framework, so a bad setting fails in
  // milliseconds with one line instead of after seconds of module loading.
  const config = loadConfigOrExit();
  const { createHttpApp } = await import('@welness/server');
  // One process serves HTTP and runs jobs on a single box; production splits them.
  const role = config.WORKER_MODE === 'inline' ? 'all' : 'api';
  const serveWeb = process.env.SERVE_WEB !== 'false';
  const app = await createHttpApp(config, { role, serveWeb });
  await app.listen({ port: config.PORT, host: config.HOST });
  app.getHttpAdapter().getInstance().log.info({ url: await app.getUrl(), role }, 'Welness AI ready');
  const startedAt = Number(process.env.WELNESS_START_T0_MS);
  if (startedAt > 0) {
    const { startBanner } = await import('./start-banner');
    // Without a PUBLIC_URL of its own, the address is this box on the port it listens on.
    const url = process.env.PUBLIC_URL ? config.PUBLIC_URL : `http://localhost:${config.PORT}`;
    process.stdout.write(`${startBanner({ ...config, PUBLIC_URL: url }, (Date.now() - startedAt) / 1000)}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Startup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
