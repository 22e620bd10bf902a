import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SystemStatus } from '../features/home/system-status';

export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
}

export function App({ client = createQueryClient() }: { client?: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <header className="top">
          <h1>Welness AI</h1>
        </header>
        <main>
          <Routes>
            <Route path="*" element={<SystemStatus />} />
          </Routes>
        </main>
        <footer>
          Food data: <a href="https://world.openfoodfacts.org">Open Food Facts</a> contributors, ODbL
        </footer>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
