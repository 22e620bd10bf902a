import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useFormat } from '../../i18n/format';

/** The latest security-relevant events across all users, newest first. */
export function AuditSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const audit = useQuery({ queryKey: ['admin', 'audit'], queryFn: async () => unwrap(await api.GET('/api/v1/admin/audit', { params: { query: { limit: 30 } } })).items });
  return (
    <section className="card stack" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('admin.audit')}</h2>
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorState onRetry={() => void audit.refetch()} />}
      {audit.data?.length === 0 && <Empty />}
      <ul className="entries">
        {audit.data?.map((e) => (
          <li key={e.id}>
            <span>
              {e.action} <small className="block">{f.date(e.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}</small>
            </span>
            <small>{e.subjectUserId ?? ''}</small>
            <span />
          </li>
        ))}
      </ul>
    </section>
  );
}
