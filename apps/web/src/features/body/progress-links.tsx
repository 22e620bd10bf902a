import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './body.strings';

/** Where Progress leads on: the body measurements and the streak calendar. */
export function ProgressLinks() {
  const { t } = useTranslation();
  return (
    <nav className="card" aria-labelledby="progress-links-title">
      <h2 id="progress-links-title">{t('body.links.title')}</h2>
      <ul>
        <li>
          <Link to="/progress/body">{t('body.links.body')}</Link>
        </li>
        <li>
          <Link to="/progress/streaks">{t('body.links.streaks')}</Link>
        </li>
      </ul>
    </nav>
  );
}
