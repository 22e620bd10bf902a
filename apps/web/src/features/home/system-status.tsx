import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/states';
import { useMeta, useReadiness } from '../../hooks/use-system';

const STORES = ['postgres', 'redis', 'mongodb'] as const;
const isKnownStore = (name: string): name is (typeof STORES)[number] => (STORES as readonly string[]).includes(name);

/** What is running and whether every store answers. */
export function SystemStatus() {
  const { t } = useTranslation();
  const meta = useMeta();
  const ready = useReadiness();
  return (
    <section aria-labelledby="status-title" className="card">
      <h1 id="status-title">{t('status.title')}</h1>
      {meta.data && (
        <p>
          {meta.data.name} <span data-testid="version">v{meta.data.version}</span>
        </p>
      )}
      {ready.isPending && <Loading label={t('status.checking')} />}
      {ready.isError && <ErrorState message={t('status.unreachable')} onRetry={() => void ready.refetch()} />}
      {ready.data && (
        <>
          <p data-testid="overall" className={ready.data.status === 'ready' ? 'ok' : 'bad'}>
            {ready.data.status === 'ready' ? t('status.allUp') : t('status.someDown')}
          </p>
          <ul className="checks">
            {ready.data.checks.map((c) => (
              <li key={c.name} data-testid={`check-${c.name}`}>
                <span>{isKnownStore(c.name) ? t(`status.stores.${c.name}`) : c.name}</span>
                <strong className={c.status === 'up' ? 'ok' : 'bad'}>{c.status === 'up' ? t('status.up') : t('status.down')}</strong>
                <small>{t('status.latency', { value: c.latencyMs })}</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
