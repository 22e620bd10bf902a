import type { FastifyInstance } from 'fastify';
import { MetricsService } from './metrics.service';

/**
 * Labels by route template (`/api/v1/products/:barcode`), never the raw URL, so cardinality
 * stays bounded; unmatched URLs share one label.
 */
export function installHttpMetrics(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
