import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { expect, it } from 'vitest';
import { testMe } from '../test-fixtures';
import { Layout } from './layout';
import { SessionProvider } from './session-context';

type Initial = Parameters<typeof SessionProvider>[0]['initial'];

function barItems(initial: Initial): HTMLLIElement[] {
  const { container } = render(
    <QueryClientProvider client={new QueryClient()}>
      <SessionProvider initial={initial}>
        <MemoryRouter initialEntries={['/']}>
          <Routes>
            <Route element={<Layout />}>
              <Route path="/" element={<p>dashboard</p>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
  // What the phone's bottom bar lays out: its direct items, secondary ones are display:none there.
  return [...container.querySelectorAll<HTMLLIElement>('nav.main-nav > ul > li:not(.secondary)')];
}

it('the bottom bar has as many items while the session is restored as once it is (no layout shift)', () => {
  const restoring = barItems({ status: 'restoring' });
  const signedIn = barItems({ status: 'signed-in', me: testMe() });
  expect(restoring.length).toBe(signedIn.length);
  // The placeholder holds the More button's place without being announced.
  expect(restoring.at(-1)?.className).toBe('more');
  expect(restoring.at(-1)?.getAttribute('aria-hidden')).toBe('true');
  expect(restoring.at(-1)?.childElementCount).toBe(0);
  expect(signedIn.at(-1)?.querySelector('button')?.getAttribute('aria-expanded')).toBe('false');
});
