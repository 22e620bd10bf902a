import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ClientOverview } from './client-overview';

afterEach(() => vi.unstubAllGlobals());

it("shows a coach the client's week, weight, activities and allergies, not only today's diary", async () => {
  const answers: Record<string, unknown> = {
    '/api/v1/clients/c1/summary/weekly': { daysLogged: 4, averages: { consumedKcal: 1850, proteinG: 90 }, adherencePercent: 75, workouts: 2 },
    '/api/v1/clients/c1/body/weights/trend': [{ date: '2026-03-02', kg: 70.2, trendKg: 70.2 }, { date: '2026-03-09', kg: 69.4, trendKg: 69.8 }],
    '/api/v1/clients/c1/activities': { items: [{ id: 'a1', activityKey: 'running_7_5mph', startedAt: '2026-03-09T07:00:00Z', durationMin: 30, energyKcal: 410 }] },
    '/api/v1/clients/c1/food-preferences': { dietType: 'vegetarian', allergens: ['en:peanuts'], dislikes: [] },
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => new Response(JSON.stringify(answers[new URL(input.url).pathname] ?? {}), { status: 200, headers: { 'content-type': 'application/json' } })),
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ClientOverview userId="c1" today="2026-03-10" name="Lucía" />
    </QueryClientProvider>,
  );
  expect((await screen.findByTestId('client-week')).textContent).toBe('4 days logged, 1,850 kcal a day on average, adherence 75 %, 2 workouts');
  expect((await screen.findByTestId('client-weight')).textContent).toMatch(/^Last weigh-in: 69\.4 kg on /);
  expect((await screen.findByTestId('client-activities')).textContent).toContain('Running 7.5 mph');
  expect((await screen.findByTestId('client-food-preferences')).textContent).toBe('Diet: Vegetarian; allergies: peanuts');
});
