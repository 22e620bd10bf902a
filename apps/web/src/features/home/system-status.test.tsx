import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { SystemStatus } from './system-status';

afterEach(() => vi.unstubAllGlobals());

function renderWith(responses: Record<string, { status: number; body: unknown }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string) => {
      const url = typeof input === 'string' ? input : input.url;
      const path = new URL(url).pathname;
      const r = responses[path] ?? { status: 404, body: {} };
      return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SystemStatus />
    </QueryClientProvider>,
  );
}

it('lists every store and the version when the API is ready', async () => {
  renderWith({
    '/api/v1/meta': { status: 200, body: { name: 'Welness AI', version: '1.2.3', workerMode: 'inline', attribution: '' } },
    '/health/ready': {
      status: 200,
      body: { status: 'ready', checks: [{ name: 'postgres', status: 'up', latencyMs: 1 }, { name: 'redis', status: 'up', latencyMs: 1 }] },
    },
  });
  expect(await screen.findByText('All services are up')).toBeTruthy();
  expect(screen.getByTestId('version').textContent).toBe('v1.2.3');
  expect(screen.getByTestId('check-redis').textContent).toContain('up');
});

it('names the store that is down on a 503', async () => {
  renderWith({
    '/api/v1/meta': { status: 200, body: { name: 'Welness AI', version: '1', workerMode: 'inline', attribution: '' } },
    '/health/ready': {
      status: 503,
      body: { status: 503, title: 'Service unavailable', checks: [{ name: 'redis', status: 'down', latencyMs: 3 }] },
    },
  });
  expect(await screen.findByText('Some services are down')).toBeTruthy();
  expect(screen.getByTestId('check-redis').textContent).toContain('down');
});
