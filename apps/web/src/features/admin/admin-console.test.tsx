import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import type { Agent } from '../../api/admin.api';
import { SessionProvider } from '../../app/session-context';
import { testMe } from '../../test-fixtures';
import { AgentForm } from './agent-form';
import { AuditPage } from './audit-page';

afterEach(() => vi.unstubAllGlobals());

const WAIT = { timeout: 10_000 };
const admin = testMe({ id: 'a1', email: 'root@example.test', displayName: 'Root', roles: ['user', 'admin'], timeZone: 'UTC', unitSystem: 'metric' });

function stubApi(answer: (url: URL, method: string) => unknown) {
  const sent: { method: string; url: URL; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      const text = input.method === 'GET' ? '' : await input.text();
      sent.push({ method: input.method, url, body: text ? JSON.parse(text) : null });
      return new Response(JSON.stringify(answer(url, input.method)), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

const renderAsAdmin = (node: ReactNode, path = '/') =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionProvider initial={{ status: 'signed-in', me: admin }}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="*" element={node} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );

const event = (id: string, action: string) => ({
  id,
  action,
  subjectUserId: 'u1',
  subjectEmail: 'nora@example.test',
  actorUserId: 'a1',
  actorEmail: 'root@example.test',
  detail: { role: 'coach' },
  createdAt: '2026-03-10T09:00:00Z',
});

it('the audit log pages with the cursor and filters by action', async () => {
  const sent = stubApi((url) => {
    if (url.searchParams.get('cursor') === 'next') return { items: [event('e2', 'auth.login')], nextCursor: null };
    if (url.searchParams.get('action') === 'admin.role_granted') return { items: [event('e3', 'admin.role_granted')], nextCursor: null };
    return { items: [event('e1', 'admin.role_granted')], nextCursor: 'next' };
  });
  renderAsAdmin(<AuditPage />, '/admin/audit');
  const list = await screen.findByTestId('audit-events', {}, WAIT);
  await waitFor(() => expect(list.textContent).toContain('Role granted'), WAIT);
  expect(list.textContent).toContain('About: nora@example.test · By: root@example.test');
  fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
  await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(2), WAIT);
  expect(list.textContent).toContain('Signed in');
  expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();

  fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'admin.role_granted' } });
  fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
  await waitFor(() => expect(screen.getByTestId('audit-events').querySelectorAll('li')).toHaveLength(1), WAIT);
  expect(sent.map((c) => c.url.search)).toEqual(['?limit=25', '?limit=25&cursor=next', '?limit=25&action=admin.role_granted']);
});

it('an agent edit is checked against the API limits and sends only what changed', async () => {
  const agent = {
    id: 'ag1',
    slug: 'coach',
    name: 'Coach',
    persona: 'You are Coach.\n',
    baseUrl: null,
    model: null,
    apiKeyRef: null,
    temperature: 0.4000000059604645,
    maxTokens: 600,
    enabledTools: ['log_food', 'get_diary'],
    memoryBlocks: [],
    safetyPolicy: { minDailyKcal: 1200, maxLossKgPerWeek: 1, disclaimer: true },
    isDefault: true,
    enabled: true,
    engine: 'offline',
    availableTools: ['get_diary', 'log_food', 'search_foods'],
  } satisfies Agent;
  const sent = stubApi(() => ({ ...agent, temperature: 1.2 }));
  renderAsAdmin(<AgentForm agent={agent} />);
  const temperature = screen.getByLabelText('Temperature') as HTMLInputElement;
  expect(temperature.value).toBe('0.4');
  fireEvent.change(temperature, { target: { value: '2.5' } });
  fireEvent.change(screen.getByLabelText('Longest reply (tokens)'), { target: { value: '8' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save agent' }));
  expect(await screen.findByText('Enter 2 or less.')).toBeTruthy();
  expect(screen.getByText('Enter 16 or more.')).toBeTruthy();
  expect(sent).toHaveLength(0);
  fireEvent.change(temperature, { target: { value: '1.2' } });
  fireEvent.change(screen.getByLabelText('Longest reply (tokens)'), { target: { value: '600' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save agent' }));
  expect(await screen.findByText('Agent saved.', {}, WAIT)).toBeTruthy();
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ method: 'PATCH', body: { temperature: 1.2 } });
  expect(sent[0].url.pathname).toBe('/api/v1/admin/agents/ag1');
});
