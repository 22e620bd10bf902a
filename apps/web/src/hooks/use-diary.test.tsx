import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/query-keys';
import type { DiaryDay } from '../api/tracking.api';
import { useAddEntry } from './use-diary';

const DATE = '2026-11-22';
const zero = { energyKcal: 0, proteinG: 0, carbohydratesG: 0, fatG: 0, fiberG: 0, sugarsG: 0, saturatedFatG: 0, saltG: 0 };
const emptyDay: DiaryDay = { date: DATE, note: null, slots: { breakfast: [], lunch: [], dinner: [], snacks: [] }, totals: zero, water: [], waterMl: 0 };

afterEach(() => vi.unstubAllGlobals());

function setup(respond: () => Promise<Response>) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      requests.push(req);
      return respond();
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  client.setQueryData(queryKeys.diary.day(DATE), emptyDay);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const hook = renderHook(() => useAddEntry(DATE), { wrapper });
  return { client, hook, requests };
}

const quick = { entry: { kind: 'quick' as const, quantity: 1, unit: 'serving', slot: 'lunch' as const, quick: { name: 'Paella', energyKcal: 640 } }, preview: { name: 'Paella', energyKcal: 640 } };

it('shows the entry at once, sends one write with an Idempotency-Key', async () => {
  let release: (r: Response) => void = () => {};
  const { client, hook, requests } = setup(() => new Promise((r) => (release = r)));
  act(() => hook.result.current.mutate(quick));
  await waitFor(() => expect(client.getQueryData<DiaryDay>(queryKeys.diary.day(DATE))?.slots.lunch).toHaveLength(1));
  expect(client.getQueryData<DiaryDay>(queryKeys.diary.day(DATE))?.totals.energyKcal).toBe(640);
  await waitFor(() => expect(requests).toHaveLength(1));
  expect(requests[0].headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  expect(await requests[0].clone().json()).toMatchObject({ kind: 'quick', date: DATE, slot: 'lunch' });
  release(new Response(JSON.stringify({}), { status: 201, headers: { 'content-type': 'application/json' } }));
  await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));
});

it('rolls the optimistic entry back when the server refuses it', async () => {
  const { client, hook } = setup(async () =>
    new Response(JSON.stringify({ title: 'Bad request', status: 400 }), { status: 400, headers: { 'content-type': 'application/problem+json' } }),
  );
  act(() => hook.result.current.mutate(quick));
  await waitFor(() => expect(hook.result.current.isError).toBe(true));
  expect(client.getQueryData<DiaryDay>(queryKeys.diary.day(DATE))?.slots.lunch).toHaveLength(0);
  expect(client.getQueryData<DiaryDay>(queryKeys.diary.day(DATE))?.totals.energyKcal).toBe(0);
});
