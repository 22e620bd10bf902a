import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import '../../i18n';
import { ServiceStatusLine } from './service-status-line';

afterEach(() => vi.unstubAllGlobals());

function renderWith(ready: { status: number; body: unknown }) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string) => {
      const path = new URL(typeof input === 'string' ? input : input.url).pathname;
      const r = path === '/health/ready' ? ready : { status: 200, body: { name: 'Welness AI', version: '9.9.9', workerMode: 'inline', attribution: '' } };
      return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
    }),
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <ServiceStatusLine />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

it('says the services are up and shows the version, linking to the status page', async () => {
  renderWith({ status: 200, body: { status: 'ready', checks: [] } });
  const line = await screen.findByTestId('service-status');
  expect(line.className).toContain('ok');
  expect(line.getAttribute('href')).toBe('/status');
  await vi.waitFor(() => expect(line.textContent).toContain('v9.9.9'));
});

it('flags a degraded platform on a 503', async () => {
  renderWith({ status: 503, body: { status: 503, checks: [{ name: 'redis', status: 'down', latencyMs: 1 }] } });
  expect((await screen.findByTestId('service-status')).className).toContain('bad');
});
