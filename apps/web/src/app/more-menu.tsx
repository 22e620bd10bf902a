import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { logout } from '../api/auth.api';
import type { NavItem } from './nav-items';

const MORE_ICON = 'M5 12h.01M12 12h.01M19 12h.01';

/**
 * The phone's bottom bar has room for the primary destinations only; "More" opens the rest
 * (and Sign out) as a list above the bar, so every screen is reachable on a phone. Hidden
 * from tablet width up, where the side column lists everything.
 */
export function MoreMenu({ items, icon }: { items: NavItem[]; icon: (d: string) => ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const button = useRef<HTMLButtonElement>(null);
  const active = items.some((i) => location.pathname === i.to || location.pathname.startsWith(`${i.to}/`));
  // Following a link (or the back button) closes the menu.
  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <li className="more">
      <button
        ref={button}
        type="button"
        className={active ? 'active' : undefined}
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((o) => !o)}
      >
        {icon(MORE_ICON)}
        <span>{t('nav.more')}</span>
      </button>
      <ul id={`${id}-menu`} className="more-list" hidden={!open}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>
              {icon(item.icon)}
              <span>{t(item.labelKey)}</span>
            </NavLink>
          </li>
        ))}
        <li>
          {/* Public screens (System status) do not send a signed-out visitor away; this does. */}
          <button type="button" onClick={() => void logout().then(() => navigate('/sign-in'))}>
            <span>{t('auth.signOut')}</span>
          </button>
        </li>
      </ul>
    </li>
  );
}
