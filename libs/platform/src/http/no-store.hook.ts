import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Answers that carry a user's data or tokens must not be kept by a browser or a shared cache
 * (a proxy, the back button on a shared computer): every authenticated request (Bearer token,
 * API key) and every answer under the auth path (tokens; the refresh cookie lives there too) gets `Cache-Control: no-store`.
 */
export function installNoStoreForAuthenticated(fastify: FastifyInstance, authPathPrefix: string): void {
  fastify.addHook('onSend', (req, reply, payload, done) => {
    if (carriesCredentials(req) || req.url.startsWith(authPathPrefix)) {
      reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}

function carriesCredentials(req: FastifyRequest): boolean {
  return Boolean(req.headers.authorization || req.headers['x-api-key']);
}
