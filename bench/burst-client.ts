import autocannon from 'autocannon';

export interface BurstResult {
  /** Per-request latency in ms (autocannon's `response` event: from write to full body). */
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  ms: number;
}

/**
 * Sends `count` requests over `connections` keep-alive connections, each connection sending its
 * next request as soon as the previous answer arrived: how Telegram delivers a webhook backlog
 * (at most `max_connections` at once, one update per request). autocannon's HTTP/1.1 client
 * costs a fraction of undici's `fetch` per request, so on a 2-core box the client takes less CPU
 * from the server it measures. Bodies are taken in order, so round-robin over chats stays so.
 */
export function burst(opts: {
  url: string;
  count: number;
  connections: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: (i: number) => string;
}): Promise<BurstResult> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        amount: opts.count,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        requests: opts.body ? [{ setupRequest: (req) => ({ ...req, body: opts.body!(next++) }) }] : undefined,
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({ latencies, statuses, errors: result.errors + result.timeouts, ms: performance.now() - started });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
}
