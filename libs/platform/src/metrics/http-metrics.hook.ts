import type { FastifyInstance } from 'fastify';
import type { RequestAuth } from '../auth/auth-context';
import type { ActiveUsersMetrics } from './active-users.metrics';
import { MetricsService } from './metrics.service';

/**
 * Labels by route template (`/api/v1/products/:barcode`), never the raw URL, so cardinality
 * stays bounded; unmatched URLs share one label. A request the guard authenticated also counts
 * its user as active today.
 */
export function installHttpMetrics(fastify: FastifyInstance, metrics: MetricsService, activeUsers?: ActiveUsersMetrics): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    const userId = (request as RequestAuth).user?.id;
    if (userId && activeUsers) activeUsers.seen(userId);
    done();
  });
}
