import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Loading } from '../components/states';
import { ServiceStatusLine } from '../features/home/service-status-line';
import { LANGUAGES, isLanguage, setLanguage } from '../i18n';
import { MoreMenu } from './more-menu';
import { NAV_ITEMS } from './nav-items';
import { useSession } from './session-context';
import { type ThemeChoice, useTheme } from './theme';

function NavIcon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Mobile-first shell: the navigation is one list, laid out as a bottom bar on phones and as
 * a side column from tablet width up (CSS only, so there is no layout flash).
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useTheme();
  const session = useSession();
  const roles = session.status === 'signed-in' ? session.me.roles : [];
  const items = NAV_ITEMS.filter((item) => !item.role || roles.includes(item.role));
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="top">
        <span className="brand">{t('app.name')}</span>
        <div className="prefs">
          <label>
            <span className="visually-hidden">{t('app.theme')}</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)} aria-label={t('app.theme')}>
              <option value="system">{t('app.themeSystem')}</option>
              <option value="light">{t('app.themeLight')}</option>
              <option value="dark">{t('app.themeDark')}</option>
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t('app.language')}</span>
            <select
              value={i18n.language}
              aria-label={t('app.language')}
              onChange={(e) => isLanguage(e.target.value) && void setLanguage(e.target.value)}
            >
              {LANGUAGES.map((lng) => (
                <option key={lng} value={lng} lang={lng}>
                  {lng === 'en' ? 'English' : 'Español'}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <nav className="main-nav" aria-label={t('app.mainNav')}>
        <ul>
          {items.map((item) => (
            <li key={item.to} className={item.primary ? 'primary' : 'secondary'}>
              <NavLink to={item.to} end={item.to === '/'}>
                <NavIcon d={item.icon} />
                <span>{t(item.labelKey)}</span>
              </NavLink>
            </li>
          ))}
          {session.status === 'signed-in' && <MoreMenu items={items.filter((i) => !i.primary)} icon={(d) => <NavIcon d={d} />} />}
          {/* Holds the More button's place while the session is restored, so the bar's items do not shift when it arrives. */}
          {session.status === 'restoring' && <li className="more" aria-hidden="true" />}
        </ul>
      </nav>
      <main id="content" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="attribution">
        <a href="https://world.openfoodfacts.org" rel="noopener">
          {t('app.attribution')}
        </a>
        <ServiceStatusLine />
      </footer>
    </div>
  );
}
