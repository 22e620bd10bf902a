import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import '../../i18n';
import { NotificationsSection } from './notifications-section';

afterEach(() => vi.unstubAllGlobals());

const WAIT = { timeout: 10_000 };

function stubApi(answer: (path: string, method: string, body: unknown) => { status: number; body: unknown }) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const path = new URL(input.url).pathname;
      const text = input.method === 'GET' ? '' : await input.text();
      const body: unknown = text ? JSON.parse(text) : null;
      sent.push({ method: input.method, path, body });
      const r = answer(path, input.method, body);
      return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

const renderSection = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <NotificationsSection timeZone="Europe/Madrid" />
    </QueryClientProvider>,
  );

it('turning the daily check-in off and the weekly one on sends exactly that', async () => {
  const sent = stubApi((path, method, body) => {
    if (path === '/api/v1/agents/checkins') return { status: 200, body: method === 'PUT' ? body : { dailyTime: '21:00', weeklyDay: null, weeklyTime: null } };
    return { status: 200, body: { enabled: true, linked: false, linkedAt: null, language: null, mealReminders: [] } };
  });
  renderSection();
  expect(screen.getByText('Times are in your time zone, Europe/Madrid.')).toBeTruthy();
  const daily = (await screen.findByRole('checkbox', { name: 'Daily check-in' }, WAIT)) as HTMLInputElement;
  expect(daily.checked).toBe(true);
  expect((screen.getByLabelText('Time of the daily check-in') as HTMLInputElement).value).toBe('21:00');
  fireEvent.click(daily);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Weekly review' }));
  fireEvent.change(screen.getByLabelText('Day of the weekly review'), { target: { value: '1' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save check-ins' }));
  await screen.findByText('Check-ins saved.', {}, WAIT);
  expect(sent.find((c) => c.method === 'PUT')?.body).toEqual({ dailyTime: null, weeklyDay: 1, weeklyTime: '18:00' });
  // Meal reminders need the Telegram link first.
  expect(screen.getByText(/Meal reminders arrive in Telegram: connect it first\./)).toBeTruthy();
});

it('edits the linked chat’s meal reminders, at most six, and says the server’s refusal', async () => {
  let reminders = ['08:00'];
  const sent = stubApi((path, method, body) => {
    if (path === '/api/v1/agents/checkins') return { status: 200, body: { dailyTime: null, weeklyDay: null, weeklyTime: null } };
    if (path === '/api/v1/bots/telegram/reminders' && method === 'PUT') {
      const times = (body as { mealReminders: string[] }).mealReminders;
      if (times.includes('03:00')) return { status: 409, body: { status: 409, title: 'Conflict', detail: 'Link a Telegram chat first.' } };
      reminders = [...times].sort();
      return { status: 200, body: { mealReminders: reminders } };
    }
    return { status: 200, body: { enabled: true, linked: true, linkedAt: '2026-12-01T10:00:00Z', language: 'en', mealReminders: reminders } };
  });
  renderSection();
  expect(((await screen.findByLabelText('Reminder 1', { exact: true }, WAIT)) as HTMLInputElement).value).toBe('08:00');
  const add = screen.getByRole('button', { name: 'Add a time' });
  for (let i = 0; i < 5; i++) fireEvent.click(add);
  expect((add as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(screen.getByLabelText('Reminder 2', { exact: true }), { target: { value: '19:30' } });
  fireEvent.change(screen.getByLabelText('Reminder 3', { exact: true }), { target: { value: '13:00' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
  await screen.findByText('Meal reminders saved: 08:00, 13:00, 19:30.', {}, WAIT);
  // Empty rows are not sent.
  expect(sent.find((c) => c.method === 'PUT')?.body).toEqual({ mealReminders: ['08:00', '19:30', '13:00'] });
  await waitFor(() => expect(screen.getAllByRole('button', { name: /^Remove reminder/ })).toHaveLength(3), WAIT);

  fireEvent.change(screen.getByLabelText('Reminder 1', { exact: true }), { target: { value: '03:00' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
  expect((await screen.findByRole('alert', {}, WAIT)).textContent).toBe('Link a Telegram chat first.');
});
