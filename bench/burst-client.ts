import { Pool } from 'undici';

export interface BurstResult {
  /** Per-request latency in ms: from handing the request to the pool to the last body byte. */
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  ms: number;
  /** TCP connections the pool had to open during this burst (0 when all were kept alive). */
  newConnections: number;
}

/**
 * Sends bursts the way Telegram delivers a webhook backlog: at most `connections` requests in
 * flight, one update per request, each connection sending its next request as soon as the
 * previous answer arrived. Telegram keeps those connections alive between updates (the API
 * answers with `Keep-Alive: timeout=72`), so the pool keeps its connections from one burst to
 * the next, and each burst reports how many it had to open. A burst over fresh connections is
 * measurably slower on the first request of each (TCP set-up while 39 others queue), which is
 * why the bench reports that case apart (`fresh: true`).
 */
export class BurstClient {
  private pool: Pool;
  private opened = 0;

  constructor(
    private readonly origin: string,
    private readonly connections: number,
  ) {
    this.pool = this.newPool();
  }

  private newPool(): Pool {
    const pool = new Pool(this.origin, { connections: this.connections, pipelining: 1 });
    pool.on('connect', () => this.opened++);
    return pool;
  }

  async burst(opts: {
    path: string;
    count: number;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: (i: number) => string;
    /** Close the kept-alive connections first, so every connection is opened inside the burst. */
    fresh?: boolean;
  }): Promise<BurstResult> {
    if (opts.fresh) {
      await this.pool.close();
      this.pool = this.newPool();
    }
    const pool = this.pool;
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let errors = 0;
    let next = 0;
    const openedBefore = this.opened;
    const started = performance.now();
    const sender = async (): Promise<void> => {
      while (next < opts.count) {
        const i = next++;
        const body = opts.body?.(i);
        const sent = performance.now();
        try {
          const res = await pool.request({ path: opts.path, method: opts.method ?? 'GET', headers: opts.headers, body });
          await res.body.dump();
          latencies.push(performance.now() - sent);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: this.connections }, sender));
    return { latencies, statuses, errors, ms: performance.now() - started, newConnections: this.opened - openedBefore };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
