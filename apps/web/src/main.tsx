import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreSession } from './api/session';
import { App } from './app/app';
import { applyTheme, readTheme } from './app/theme';
import './i18n';
import './styles.css';

applyTheme(readTheme());

// Before React renders: restore the session from the refresh cookie (the provider awaits this
// same answer) and, on the landing screen, fetch its chunk beside it rather than after it (the
// module the router's lazy route imports, so it is fetched and evaluated once).
void restoreSession();
if (window.location.pathname === '/') void import('./features/dashboard/dashboard-page');

// As a transition, the first render yields to the browser every few milliseconds instead of
// holding the main thread for one long task (the static header is already painted).
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
