import { useTranslation } from 'react-i18next';
import { AdminNav } from './admin-nav';
import { ImportsSection } from './imports-section';
import { UsersSection } from './users-section';

/** The admin console's first screen: catalogue imports, and users with their roles. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <section className="card stack">
        <h1>{t('admin.title')}</h1>
        <AdminNav />
      </section>
      <ImportsSection />
      <UsersSection />
    </div>
  );
}
