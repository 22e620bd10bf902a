import 'reflect-metadata';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, buildOpenApiDocument, schemaNameClashes, serializeOpenApi } from '@welness/server';
import { createLogger, loadConfig } from '@welness/platform';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_PREFIX } from '@welness/server';
import { RequestMethod } from '@nestjs/common';

/** Writes libs/contracts/openapi.json from the code; preview mode needs no running stores. */
async function main(): Promise<void> {
  // Preview mode opens no store and signs nothing, so the test defaults of the secrets do.
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const logger = createLogger(config);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, logger, role: 'api' }),
    new FastifyAdapter(),
    { preview: true, logger: false },
  );
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  const clashes = schemaNameClashes(app.get(ModulesContainer));
  if (clashes.length) {
    throw new Error(`two classes share an OpenAPI schema name: ${clashes.map((c) => `${c.name} (${c.classes.length} classes)`).join(', ')}; rename one`);
  }
  const out = resolve(process.argv[2] ?? 'libs/contracts/openapi.json');
  writeFileSync(out, serializeOpenApi(buildOpenApiDocument(app)));
  await app.close();
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`openapi generation failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
