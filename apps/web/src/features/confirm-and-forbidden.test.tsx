import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { RequireAuth, SessionProvider } from '../app/session-context';
import { testMe } from '../test-fixtures';
import { DiaryPage } from './diary/diary-page';

afterEach(() => vi.unstubAllGlobals());

const me = testMe({ id: 'u1', displayName: 'Ana', roles: ['user'], timeZone: 'UTC' });

it('a non-coach opening /clients is told why, not silently sent to the dashboard', () => {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SessionProvider initial={{ status: 'signed-in', me }}>
        <MemoryRouter initialEntries={['/clients']}>
          <Routes>
            <Route path="/" element={<p>dashboard</p>} />
            <Route path="/clients" element={<RequireAuth role="coach">clients</RequireAuth>} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
  expect(screen.getByRole('heading', { name: 'This page is not for your account.' })).toBeTruthy();
  expect(screen.getByText(/Only coaches see their clients here/)).toBeTruthy();
  expect(screen.queryByText('dashboard')).toBeNull();
});

it('asks before deleting a diary entry, and keeps it when the user says no', async () => {
  const entry = {
    id: 'e1', date: '2026-03-10', slot: 'lunch', loggedAt: '2026-03-10T12:00:00Z', kind: 'quick', ref: null, name: 'Paella', brand: null,
    quantity: 1, unit: 'serving', grams: null, note: null, planRef: null,
    nutrients: { energyKcal: 640, proteinG: 0, carbohydratesG: 0, fatG: 0, fiberG: 0, sugarsG: 0, saturatedFatG: 0, saltG: 0 },
  };
  const day = { date: '2026-03-10', slots: { breakfast: [], lunch: [entry], dinner: [], snacks: [] }, totals: entry.nutrients, waterMl: 0, water: [], note: null };
  const fetchMock = vi.fn(async (input: Request) => {
    const path = new URL(input.url).pathname;
    const lists = ['/api/v1/recipes', '/api/v1/saved-meals'];
    const body =
      path === '/api/v1/diary' ? day : path.startsWith('/api/v1/products') ? { items: [], nextCursor: null } : lists.includes(path) ? [] : {};
    return new Response(input.method === 'DELETE' ? null : JSON.stringify(body), { status: input.method === 'DELETE' ? 204 : 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  const confirm = vi.fn(() => false);
  vi.stubGlobal('confirm', confirm);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionProvider initial={{ status: 'signed-in', me }}>
        <MemoryRouter initialEntries={['/diary?date=2026-03-10']}>
          <DiaryPage />
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Remove Paella' }));
  expect(confirm).toHaveBeenCalledWith('Remove Paella from your diary?');
  expect(fetchMock.mock.calls.filter(([r]) => r.method === 'DELETE')).toEqual([]);
  expect(screen.getByText('Paella')).toBeTruthy();
  // Yes: the entry goes.
  confirm.mockReturnValue(true);
  fireEvent.click(screen.getByRole('button', { name: 'Remove Paella' }));
  await vi.waitFor(() => expect(fetchMock.mock.calls.filter(([r]) => r.method === 'DELETE')).toHaveLength(1));
});
