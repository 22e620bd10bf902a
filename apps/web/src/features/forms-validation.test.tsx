import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { check, limitOf } from '../api/limits';
import { i18n } from '../i18n';
import { ActivitiesPage } from './activities/activities-page';
import { SignUpPage } from './auth/sign-up-page';
import { QuickAddForm } from './diary/quick-add-form';
import { LogProductForm } from './product/log-product-form';
import { ProgressPage } from './progress/progress-page';
import { testNutrients, testProduct } from '../test-fixtures';

// Issue 13 item 7: forms check the API's own limits (read from the OpenAPI schema) and say
// problem+json field errors beside their fields, in the user's language.

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

/** Every request answers `answer(path)`; the calls are recorded. */
function stubApi(answer: (path: string, method: string) => { status: number; body: unknown }) {
  const fetchMock = vi.fn(async (input: Request) => {
    const r = answer(new URL(input.url).pathname, input.method);
    return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderWith(node: ReactNode) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>{node}</MemoryRouter>
    </QueryClientProvider>,
  );
}

const writes = (fetchMock: ReturnType<typeof stubApi>) => fetchMock.mock.calls.filter(([r]) => r.method !== 'GET');

it('reads the limits from the OpenAPI schema', () => {
  expect(limitOf('QuickAddDto', 'energyKcal')).toEqual({ minimum: 0, maximum: 10000 });
  expect(limitOf('CreateEntryDto', 'quantity')).toEqual({ minimum: 0.001, maximum: 100000 });
  expect(limitOf('CreateActivityDto', 'durationMin')).toEqual({ minimum: 1, maximum: 1440 });
  expect(limitOf('LogWeightDto', 'weightKg')).toEqual({ minimum: 20, maximum: 500 });
  expect(limitOf('RegisterDto', 'email')).toEqual({ format: 'email' });
  expect(check(limitOf('LogWeightDto', 'weightKg'), '2000', 'number')).toEqual({ key: 'max', values: { max: 500 } });
  expect(check(limitOf('LogWeightDto', 'weightKg'), '70,5', 'number')).toBeNull();
});

it('a quick-add of 99,999,999 kcal is refused beside the field, and nothing is sent', async () => {
  const fetchMock = stubApi(() => ({ status: 200, body: {} }));
  renderWith(<QuickAddForm date="2026-03-10" />);
  fireEvent.change(screen.getByLabelText('What you ate'), { target: { value: 'Cake' } });
  fireEvent.change(screen.getByLabelText('Energy (kcal)'), { target: { value: '99999999' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  expect(await screen.findByText('Enter 10000 or less.')).toBeTruthy();
  expect(screen.getByLabelText('Energy (kcal)').getAttribute('aria-invalid')).toBe('true');
  expect(writes(fetchMock)).toEqual([]);
});

it("a portion of 99,999,999 g is refused, and the server's field error is said in Spanish beside the field", async () => {
  const product = testProduct({ name: 'Galleta', servingQuantityG: 25, nutrientsPer100g: testNutrients({ energyKcal: 427 }) });
  stubApi(() => ({
    status: 400,
    body: { status: 400, title: 'Bad request', errors: [{ path: 'quantity', message: 'quantity must not be greater than 100000' }] },
  }));
  renderWith(<LogProductForm product={product} />);
  fireEvent.change(screen.getByLabelText('Portion (g)'), { target: { value: '99999999' } });
  expect(await screen.findByText('Enter 100000 or less.')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Log it' }) as HTMLButtonElement).disabled).toBe(true);

  await i18n.changeLanguage('es');
  fireEvent.change(screen.getByLabelText('Ración (g)'), { target: { value: '50' } });
  fireEvent.click(screen.getByRole('button', { name: 'Registrarlo' }));
  expect(await screen.findByText('Escribe 100000 o menos.')).toBeTruthy();
  expect(screen.queryByText(/Algo salió mal/)).toBeNull();
});

it('activity minutes of -10, 0 and 100000, and a weight of 2000, say what is allowed', async () => {
  stubApi((path) => ({
    status: 200,
    body: path.endsWith('/types') ? [{ key: 'walking', met: 3.5 }] : path.endsWith('/records') ? [] : { items: [] },
  }));
  renderWith(<ActivitiesPage />);
  const minutes = screen.getByLabelText('Minutes');
  for (const [value, text] of [
    ['-10', 'Enter 1 or more.'],
    ['0', 'Enter 1 or more.'],
    ['100000', 'Enter 1440 or less.'],
  ]) {
    fireEvent.change(minutes, { target: { value } });
    expect(await screen.findByText(text)).toBeTruthy();
  }
  fireEvent.change(minutes, { target: { value: '45' } });
  expect(screen.queryByText(/Enter 1/)).toBeNull();
});

it('a weight of 2000 kg says the limit', async () => {
  stubApi((path) => (path.endsWith('/weights/trend') ? { status: 200, body: [] } : { status: 503, body: {} }));
  renderWith(<ProgressPage />);
  fireEvent.change(screen.getByLabelText("Today's weight (kg)"), { target: { value: '2000' } });
  expect(await screen.findByText('Enter 500 or less.')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
});

it('sign-up with a bad e-mail shows a readable message beside the field, not "email must be an email"', async () => {
  const fetchMock = stubApi(() => ({
    status: 400,
    body: { status: 400, title: 'Bad request', errors: [{ path: 'email', message: 'email must be an email' }] },
  }));
  renderWith(<SignUpPage />);
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ana@' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
  expect(await screen.findByText('Enter an email address such as name@example.com.')).toBeTruthy();
  expect(writes(fetchMock)).toEqual([]);
  // Were the browser's check to pass, the API's own answer lands beside the field too.
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ana@example.test' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
  await screen.findByText('Check the highlighted fields.');
  expect(screen.getByText('Enter an email address such as name@example.com.')).toBeTruthy();
  expect(screen.queryByText('email must be an email')).toBeNull();
});
