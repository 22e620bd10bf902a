import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './admin.strings';

/** Links between the admin console's screens; the current one is marked for screen readers. */
export function AdminNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/admin', label: t('adminConsole.nav.overview') },
    { to: '/admin/agents', label: t('adminConsole.nav.agents') },
    { to: '/admin/audit', label: t('adminConsole.nav.audit') },
  ];
  return (
    <nav className="sub-nav" aria-label={t('adminConsole.nav.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
