import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';
import { Layout } from './layout';

// Every screen is its own chunk: the first load carries only the shell and the current page.
const SystemStatus = lazy(() => import('../features/home/system-status').then((m) => ({ default: m.SystemStatus })));
const ScanPage = lazy(() => import('../features/scan/scan-page').then((m) => ({ default: m.ScanPage })));

export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('app.notFound')}</h1>
      <Link to="/">{t('app.backHome')}</Link>
    </section>
  );
}

export function App({ client = createQueryClient() }: { client?: QueryClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<SystemStatus />} />
              <Route path="status" element={<SystemStatus />} />
              <Route path="scan" element={<ScanPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
