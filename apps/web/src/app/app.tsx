import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { i18n } from '../i18n';
import { Layout } from './layout';
import { RequireAuth, SessionProvider } from './session-context';

// Every screen is its own chunk: the first load carries only the shell and the current page.
const page = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T) =>
  lazy(async () => ({ default: (await load())[name] as () => ReactNode }));
const SystemStatus = page(() => import('../features/home/system-status'), 'SystemStatus');
const ScanPage = page(() => import('../features/scan/scan-page'), 'ScanPage');
const SignInPage = page(() => import('../features/auth/sign-in-page'), 'SignInPage');
const SignUpPage = page(() => import('../features/auth/sign-up-page'), 'SignUpPage');
const ForgotPasswordPage = page(() => import('../features/auth/password-pages'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../features/auth/password-pages'), 'ResetPasswordPage');
const VerifyEmailPage = page(() => import('../features/auth/password-pages'), 'VerifyEmailPage');
const DashboardPage = page(() => import('../features/dashboard/dashboard-page'), 'DashboardPage');
const DiaryPage = page(() => import('../features/diary/diary-page'), 'DiaryPage');
const OnboardingPage = page(() => import('../features/chat/onboarding-page'), 'OnboardingPage');
const ProductPage = page(() => import('../features/product/product-page'), 'ProductPage');
const PlanPage = page(() => import('../features/plan/plan-page'), 'PlanPage');
const ProgressPage = page(() => import('../features/progress/progress-page'), 'ProgressPage');
const ActivitiesPage = page(() => import('../features/activities/activities-page'), 'ActivitiesPage');
const SettingsPage = page(() => import('../features/settings/settings-page'), 'SettingsPage');
const ClientsPage = page(() => import('../features/coach-console/clients-page'), 'ClientsPage');
const ClientPage = page(() => import('../features/coach-console/client-page'), 'ClientPage');
const AdminPage = page(() => import('../features/admin/admin-page'), 'AdminPage');
const AgentsPage = page(() => import('../features/admin/agents-page'), 'AgentsPage');
const AuditPage = page(() => import('../features/admin/audit-page'), 'AuditPage');
const CoachPage = page(() => import('../features/chat/coach-page'), 'CoachPage');
const ImportsPage = page(() => import('../features/imports/imports-page'), 'ImportsPage');
const RecipesPage = page(() => import('../features/recipes/recipes-page'), 'RecipesPage');
const WorkoutsPage = page(() => import('../features/workouts/workouts-page'), 'WorkoutsPage');
const WorkoutSessionPage = page(() => import('../features/workouts/session-page'), 'WorkoutSessionPage');
const BodyPage = page(() => import('../features/body/body-page'), 'BodyPage');
const StreaksPage = page(() => import('../features/streaks/streaks-page'), 'StreaksPage');

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

const authed = (node: ReactNode, role?: 'coach' | 'admin') => <RequireAuth role={role}>{node}</RequireAuth>;

export function App({ client = createQueryClient() }: { client?: QueryClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<Layout />}>
                <Route path="sign-in" element={<SignInPage />} />
                <Route path="sign-up" element={<SignUpPage />} />
                <Route path="forgot-password" element={<ForgotPasswordPage />} />
                <Route path="reset-password" element={<ResetPasswordPage />} />
                <Route path="verify-email" element={<VerifyEmailPage />} />
                <Route path="status" element={<SystemStatus />} />
                <Route index element={authed(<DashboardPage />)} />
                <Route path="onboarding" element={authed(<OnboardingPage />)} />
                <Route path="diary" element={authed(<DiaryPage />)} />
                <Route path="recipes" element={authed(<RecipesPage />)} />
                <Route path="scan" element={authed(<ScanPage />)} />
                <Route path="products/:code" element={authed(<ProductPage />)} />
                <Route path="coach" element={authed(<CoachPage />)} />
                <Route path="plan" element={authed(<PlanPage />)} />
                <Route path="progress" element={authed(<ProgressPage />)} />
                <Route path="progress/body" element={authed(<BodyPage />)} />
                <Route path="progress/streaks" element={authed(<StreaksPage />)} />
                <Route path="workouts" element={authed(<WorkoutsPage />)} />
                <Route path="workouts/sessions/:id" element={authed(<WorkoutSessionPage />)} />
                <Route path="activities" element={authed(<ActivitiesPage />)} />
                <Route path="imports" element={authed(<ImportsPage />)} />
                <Route path="settings" element={authed(<SettingsPage />)} />
                <Route path="clients" element={authed(<ClientsPage />, 'coach')} />
                <Route path="clients/:userId" element={authed(<ClientPage />, 'coach')} />
                <Route path="admin" element={authed(<AdminPage />, 'admin')} />
                <Route path="admin/agents" element={authed(<AgentsPage />, 'admin')} />
                <Route path="admin/audit" element={authed(<AuditPage />, 'admin')} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
