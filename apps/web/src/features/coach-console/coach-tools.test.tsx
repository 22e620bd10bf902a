import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../app/session-context';
import { testMe } from '../../test-fixtures';
import { AdherenceOverview } from './adherence-overview';
import { ClientGoal } from './client-goal';

afterEach(() => vi.unstubAllGlobals());

const WAIT = { timeout: 10_000 };
const coach = testMe({ id: 'coach-1', email: 'marta@example.test', displayName: 'Marta', roles: ['user', 'coach'], timeZone: 'UTC', unitSystem: 'metric' });
const goal = {
  direction: 'lose',
  rateKgPerWeek: 0.5,
  targetWeightKg: 65,
  targetDate: null,
  bmrFormula: 'mifflin-st-jeor',
  energyOverrideKcal: null,
  coachEnergyOverrideKcal: null,
  proteinRule: null,
  fatRule: null,
  carbohydratesRule: null,
  stepsPerDay: null,
  workoutsPerWeek: null,
  waterMlPerDay: null,
  trainingDayExtraPercent: null,
};
const targets = (energyKcal: number) => ({ energyKcal, proteinG: 120, carbohydratesG: 200, fatG: 60 });

/** Answers the coach routes from a table; records what was sent. */
function stubApi(answer: (path: string, method: string, body: unknown) => unknown) {
  const sent: { method: string; path: string; query: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      const text = input.method === 'GET' ? '' : await input.text();
      const body = text ? JSON.parse(text) : null;
      sent.push({ method: input.method, path: url.pathname, query: url.search, body });
      return new Response(JSON.stringify(answer(url.pathname, input.method, body)), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

const renderAsCoach = (node: ReactNode) =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionProvider initial={{ status: 'signed-in', me: coach }}>
        <MemoryRouter>{node}</MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );

it('without the "write" scope the goal is shown but nothing can be changed', async () => {
  const sent = stubApi((path) => (path.endsWith('/goals') ? goal : targets(1800)));
  renderAsCoach(<ClientGoal userId="c1" name="Lucía" canWrite={false} />);
  expect((await screen.findByTestId('client-targets', {}, WAIT)).textContent).toContain('1,800 kcal');
  expect(screen.getByTestId('goal-read-only').textContent).toContain('Lucía has not allowed you to change their plan and goals');
  expect(screen.queryByRole('button', { name: 'Save goal' })).toBeNull();
  expect(screen.queryAllByRole('spinbutton')).toHaveLength(0);
  expect(sent.every((c) => c.method === 'GET')).toBe(true);
});

it('with "write" the coach sets the energy (checked against the API limit) and sees the new target', async () => {
  let energy = 1800;
  const sent = stubApi((path, method, body) => {
    if (path.endsWith('/goals') && method === 'PUT') {
      energy = (body as { coachEnergyOverrideKcal: number }).coachEnergyOverrideKcal;
      return { ...goal, coachEnergyOverrideKcal: energy };
    }
    return path.endsWith('/goals') ? goal : targets(energy);
  });
  renderAsCoach(<ClientGoal userId="c1" name="Lucía" canWrite />);
  const input = await screen.findByLabelText('Daily energy (kcal)', {}, WAIT);
  fireEvent.change(input, { target: { value: '500' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
  expect(await screen.findByText('Enter 600 or more.')).toBeTruthy();
  expect(sent.some((c) => c.method === 'PUT')).toBe(false);
  fireEvent.change(input, { target: { value: '1500' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
  expect((await screen.findByTestId('goal-saved', {}, WAIT)).textContent).toBe('Goal saved. The daily target of Lucía is now 1,500 kcal.');
  expect(sent.find((c) => c.method === 'PUT')).toMatchObject({ path: '/api/v1/clients/c1/goals', body: { direction: 'lose', rateKgPerWeek: 0.5, targetWeightKg: 65, coachEnergyOverrideKcal: 1500 } });
});

it('the adherence overview lists clients in a table and switches to 30 days', async () => {
  const row = { clientId: 'c1', displayName: 'Lucía', email: 'l@example.test', from: '2026-03-04', to: '2026-03-10', daysOnTarget: 3, averageTargetKcal: 1800, lastLoggedDate: '2026-03-09' };
  const sent = stubApi((_path, _method) => ({ days: 7, items: [{ ...row, daysLogged: 4, averageKcal: 1850, adherencePercent: 75 }] }));
  renderAsCoach(<AdherenceOverview />);
  const table = await screen.findByRole('table', { name: 'Days logged and energy against target, last 7 days' }, WAIT);
  expect(table.querySelector('tbody tr')?.textContent).toBe('Lucía4 of 71,850 kcal1,800 kcal75 %');
  vi.unstubAllGlobals();
  const later = stubApi(() => ({ days: 30, items: [{ ...row, daysLogged: 20, averageKcal: 1900, adherencePercent: 60 }] }));
  fireEvent.click(screen.getByRole('radio', { name: 'Last 30 days' }));
  await screen.findByRole('table', { name: 'Days logged and energy against target, last 30 days' }, WAIT);
  expect(sent[0].query).toBe('?days=7');
  expect(later[0].query).toBe('?days=30');
  expect(screen.getByRole('link', { name: 'Lucía' }).getAttribute('href')).toBe('/clients/c1');
});
