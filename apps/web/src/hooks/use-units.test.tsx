import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import type { Me } from '../api/session';
import { SessionProvider } from '../app/session-context';
import { ProgressPage } from '../features/progress/progress-page';
import { ProfileFields } from '../features/settings/profile-fields';
import { i18n } from '../i18n';
import { useUnits } from './use-units';

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const WAIT = { timeout: 10_000 };

const me = (unitSystem: Me['unitSystem']): Me => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: 'pat@example.test',
  emailVerified: true,
  displayName: 'Pat',
  timeZone: 'America/Chicago',
  locale: 'en',
  unitSystem,
  birthDate: '1990-01-01',
  sex: 'male',
  heightCm: 177.8,
  activityLevel: 'moderate',
  roles: ['user'],
  status: 'active',
  mfaEnabled: false,
  hasPassword: true,
  createdAt: '2026-01-01T00:00:00Z',
});

function stubApi(answer: (path: string, method: string) => { status: number; body: unknown }) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const path = new URL(input.url).pathname;
      const text = input.method === 'GET' ? '' : await input.text();
      sent.push({ method: input.method, path, body: text ? JSON.parse(text) : null });
      const r = answer(path, input.method);
      return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

function renderAs(unitSystem: Me['unitSystem'], node: ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionProvider initial={{ status: 'signed-in', me: me(unitSystem) }}>
        <MemoryRouter>{node}</MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

it('an imperial user sees weigh-ins in lb and a weight typed in lb is sent in kg', async () => {
  const sent = stubApi((path, method) => {
    if (path.endsWith('/weights/trend')) return { status: 200, body: [{ date: '2026-12-01', kg: 81.647, trendKg: 82.1 }] };
    if (path.endsWith('/body/weights') && method === 'POST') return { status: 201, body: { id: 'w1', date: '2026-12-02', weightKg: 81.647, bodyFatPercent: null, source: 'web' } };
    return { status: 503, body: {} };
  });
  renderAs('imperial', <ProgressPage />);
  expect((await screen.findByTestId('latest-weight', {}, WAIT)).textContent).toMatch(/^Latest weigh-in: 180 lb on .*; trend 181 lb\.$/);
  const input = screen.getByLabelText("Today's weight (lb)");
  // The API's 500 kg limit, said in lb.
  fireEvent.change(input, { target: { value: '2000' } });
  expect(await screen.findByText('Enter 1102.3 or less.')).toBeTruthy();
  fireEvent.change(input, { target: { value: '180' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(sent.find((c) => c.method === 'POST')).toBeTruthy(), WAIT);
  expect(sent.find((c) => c.method === 'POST')!.body).toMatchObject({ weightKg: 81.647 });
});

it('a metric user keeps kg', async () => {
  stubApi((path) => (path.endsWith('/weights/trend') ? { status: 200, body: [{ date: '2026-12-01', kg: 81.647, trendKg: 82.1 }] } : { status: 503, body: {} }));
  renderAs('metric', <ProgressPage />);
  expect((await screen.findByTestId('latest-weight', {}, WAIT)).textContent).toMatch(/^Latest weigh-in: 81\.6 kg on .*; trend 82\.1 kg\.$/);
  expect(screen.getByLabelText("Today's weight (kg)")).toBeTruthy();
});

it('an imperial user types a height in feet and inches; it is sent in cm', async () => {
  const sent = stubApi((path, method) => (path === '/api/v1/me' && method === 'PATCH' ? { status: 200, body: { ...me('imperial'), heightCm: 185.4 } } : { status: 503, body: {} }));
  renderAs('imperial', <ProfileFields me={me('imperial')} />);
  const feet = screen.getByRole('spinbutton', { name: 'Feet' }) as HTMLInputElement;
  const inches = screen.getByRole('spinbutton', { name: 'Inches' }) as HTMLInputElement;
  expect([feet.value, inches.value]).toEqual(['5', '10']);
  fireEvent.change(feet, { target: { value: '6' } });
  fireEvent.change(inches, { target: { value: '1' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
  await waitFor(() => expect(sent.find((c) => c.method === 'PATCH')).toBeTruthy(), WAIT);
  expect(sent.find((c) => c.method === 'PATCH')!.body).toMatchObject({ heightCm: 185.4 });
});

function Shown({ cm, kg, m }: { cm: number; kg: number; m: number }) {
  const u = useUnits();
  return <p data-testid="shown">{[u.height.format(cm), u.weight.format(kg), u.length.format(cm / 2), u.distance.format(m)].join(' | ')}</p>;
}

it('formats every quantity in the user’s units and language', async () => {
  stubApi(() => ({ status: 503, body: {} }));
  const view = renderAs('imperial', <Shown cm={177.8} kg={81.647} m={5000} />);
  expect(screen.getByTestId('shown').textContent).toBe('5 ft 10 in | 180 lb | 35 in | 3.11 mi');
  await i18n.changeLanguage('es');
  expect(screen.getByTestId('shown').textContent).toBe('5 pies 10 pulg. | 180 lb | 35 in | 3,11 mi');
  view.unmount();
  renderAs('metric', <Shown cm={177.8} kg={81.647} m={5250} />);
  expect(screen.getByTestId('shown').textContent).toBe('178 cm | 81,6 kg | 88,9 cm | 5,25 km');
});
