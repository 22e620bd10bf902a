import { Injectable, OnModuleInit } from '@nestjs/common';
import { MetricsService } from '../metrics/metrics.service';
import { HealthService } from './health.service';

/**
 * `health_dependency_up{dependency}`: the readiness probes, run at scrape time, so Prometheus sees
 * a store outage (alert WelnessDependencyDown) even when nothing polls /health/ready. Each probe
 * has its own HEALTH_CHECK_TIMEOUT_MS, so an outage costs a scrape at most that long.
 */
@Injectable()
export class HealthMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly health: HealthService,
  ) {}

  onModuleInit(): void {
    const gauge = this.metrics.gauge('health_dependency_up', 'Whether each store answered its readiness probe at scrape time (1 up, 0 down)', [
      'dependency',
    ]);
    const health = this.health;
    // prom-client calls collect() on every scrape.
    Object.assign(gauge, {
      async collect(): Promise<void> {
        for (const check of (await health.readiness()).checks) gauge.set({ dependency: check.name }, check.status === 'up' ? 1 : 0);
      },
    });
  }
}
