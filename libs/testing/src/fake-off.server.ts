import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOffServer {
  /** Base URL to use as FACTS_OFF_BASE_URL. */
  url: string;
  /** Product objects served by code, as the OFF API v2 returns them. */
  products: Map<string, Record<string, unknown>>;
  /** Every request received: path and User-Agent. */
  requests: { path: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

const PRODUCT_PATH = /^\/api\/v[0-9]+\/product\/([^/.]+)(?:\.json)?$/;

/**
 * A stand-in for the Open Food Facts API on loopback, speaking its v2 product endpoint:
 * `{"status":1,"product":{…}}` when known, `{"status":0,"status_verbose":"product not found"}`
 * with 404 otherwise, as the real API does.
 */
export async function startFakeOff(products: Record<string, Record<string, unknown>> = {}): Promise<FakeOffServer> {
  const state = { products: new Map(Object.entries(products)), requests: [] as FakeOffServer['requests'] };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    state.requests.push({ path, userAgent: req.headers['user-agent'] });
    const match = PRODUCT_PATH.exec(path);
    res.setHeader('content-type', 'application/json');
    if (req.method !== 'GET' || !match) {
      res.statusCode = 404;
      res.end(JSON.stringify({ status: 0, status_verbose: 'unknown endpoint' }));
      return;
    }
    const code = decodeURIComponent(match[1]);
    const product = state.products.get(code);
    if (!product) {
      res.statusCode = 404;
      res.end(JSON.stringify({ code, status: 0, status_verbose: 'product not found' }));
      return;
    }
    res.end(JSON.stringify({ code, status: 1, status_verbose: 'product found', product }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    products: state.products,
    requests: state.requests,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
