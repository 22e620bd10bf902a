import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROBLEM_CONTENT_TYPE, problemType } from '@welness/platform';

const NON_SPA = /^\/(api|health|metrics)(\/|$)/;

/**
 * Serves the built SPA from the API's port. Client-side routes fall back to index.html;
 * unknown API paths still answer problem+json.
 */
export async function serveSpa(app: NestFastifyApplication, distDir: string): Promise<void> {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`WEB_DIST_DIR ${root} has no index.html: run "npm run build:web" first`);
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // The SPA build writes .br/.gz beside each asset; send those when the client accepts them.
    preCompressed: true,
    maxAge: '1h',
    setHeaders: (res, path) => {
      // Vite fingerprints assets; their content never changes under one name.
      if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      if (path.endsWith('index.html')) res.header('cache-control', 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    if (NON_SPA.test(request.url)) {
      return reply
        .status(404)
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send({ type: problemType('not-found'), title: 'Not found', status: 404, instance: request.url.split('?')[0] });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
