import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import '../../i18n';
import { TelegramSection } from './telegram-section';

afterEach(() => vi.unstubAllGlobals());

// Generous: a loaded CI machine renders slowly, and these only bound how long a failure takes.
const WAIT = { timeout: 10_000 };

function stubApi(answer: (path: string, method: string) => { status: number; body: unknown }) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const path = new URL(input.url).pathname;
      calls.push(`${input.method} ${path}`);
      const r = answer(path, input.method);
      return r.status === 204
        ? new Response(null, { status: 204 })
        : new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

const renderSection = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <TelegramSection />
    </QueryClientProvider>,
  );

it('creates a one-time code and shows the t.me deep link', async () => {
  const calls = stubApi((path) =>
    path.endsWith('/link-code')
      ? { status: 201, body: { code: 'abcDEF123456', deepLink: 'https://t.me/welness_bot?start=abcDEF123456', expiresAt: '2026-12-06T10:10:00Z' } }
      : { status: 200, body: { enabled: true, linked: false, linkedAt: null, language: null, mealReminders: [] } },
  );
  renderSection();
  fireEvent.click(await screen.findByRole('button', { name: 'Connect Telegram' }, WAIT));
  const link = await screen.findByRole('link', { name: 'Open Telegram' }, WAIT);
  expect(link.getAttribute('href')).toBe('https://t.me/welness_bot?start=abcDEF123456');
  expect(screen.getByText(/Code abcDEF123456/)).toBeTruthy();
  expect(calls).toContain('POST /api/v1/bots/telegram/link-code');
});

it('shows a linked chat with a disconnect button, and nothing when the bot is off', async () => {
  let linked = true;
  const calls = stubApi((_path, method) =>
    method === 'DELETE' ? ((linked = false), { status: 204, body: null }) : { status: 200, body: { enabled: true, linked, linkedAt: null, language: 'en', mealReminders: [] } },
  );
  renderSection();
  fireEvent.click(await screen.findByRole('button', { name: 'Disconnect Telegram' }, WAIT));
  expect(await screen.findByRole('button', { name: 'Connect Telegram' }, WAIT)).toBeTruthy();
  expect(calls).toContain('DELETE /api/v1/bots/telegram/link');

  vi.unstubAllGlobals();
  stubApi(() => ({ status: 200, body: { enabled: false, linked: false, linkedAt: null, language: null, mealReminders: [] } }));
  const { container } = render(
    <QueryClientProvider client={new QueryClient()}>
      <TelegramSection />
    </QueryClientProvider>,
  );
  await waitFor(() => expect(container.querySelector('[data-testid="telegram-section"]')).toBeNull(), WAIT);
});
