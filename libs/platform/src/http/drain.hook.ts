import type { FastifyInstance } from 'fastify';

/**
 * Once shutdown begins, answers still in flight say `Connection: close`. Otherwise their
 * keep-alive connection outlives the drain: server.close() reaps only the connections idle at
 * the moment it is called, and a request that finishes afterwards leaves its socket open until
 * the keep-alive timeout (72 s), holding the process well past SHUTDOWN_TIMEOUT_MS.
 */
export function closeConnectionsWhenDraining(fastify: FastifyInstance): void {
  let draining = false;
  fastify.addHook('preClose', (done) => {
    draining = true;
    done();
  });
  fastify.addHook('onSend', (_req, reply, payload, done) => {
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });
}
