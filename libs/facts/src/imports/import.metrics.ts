import { Injectable } from '@nestjs/common';
import { MetricsService } from '@welness/platform';
import type { Counter, Gauge } from 'prom-client';

/** Prometheus view of imports; gauges describe the import running in this process. */
@Injectable()
export class ImportMetrics {
  readonly rows: Counter<'outcome'>;
  readonly rejects: Counter<'reason'>;
  readonly bytes: Counter;
  readonly active: Gauge;
  readonly rowsPerSecond: Gauge;
  readonly progress: Gauge;
  readonly eta: Gauge;

  constructor(metrics: MetricsService) {
    this.rows = metrics.counter('facts_import_rows_total', 'Import rows by outcome (inserted, updated, rejected)', ['outcome']);
    this.rejects = metrics.counter('facts_import_rejects_total', 'Rejected import rows by reason', ['reason']);
    this.bytes = metrics.counter('facts_import_bytes_read_total', 'Bytes of import sources read (as stored)');
    this.active = metrics.gauge('facts_imports_active', 'Imports running in this process');
    this.rowsPerSecond = metrics.gauge('facts_import_rows_per_second', 'Throughput of the running import');
    this.progress = metrics.gauge('facts_import_progress_ratio', 'Bytes read over source size of the running import');
    this.eta = metrics.gauge('facts_import_eta_seconds', 'Estimated seconds left in the running import');
  }
}
