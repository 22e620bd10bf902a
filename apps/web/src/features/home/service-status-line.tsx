import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeta, useReadiness } from '../../hooks/use-system';

/** One line on every page, signed in or not, telling a self-hoster whether the stores answer. */
export function ServiceStatusLine() {
  const { t } = useTranslation();
  const meta = useMeta();
  const ready = useReadiness();
  if (!ready.data && !ready.isError) return null;
  const up = ready.data?.status === 'ready';
  return (
    <Link to="/status" className={`service-status ${up ? 'ok' : 'bad'}`} data-testid="service-status">
      <span aria-hidden="true">●</span> {up ? t('status.allUp') : ready.isError ? t('status.unreachable') : t('status.someDown')}
      {meta.data && <> · v{meta.data.version}</>}
    </Link>
  );
}
