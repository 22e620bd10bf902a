import { useMeta, useReadiness } from '../../hooks/use-system';

const LABELS: Record<string, string> = { postgres: 'PostgreSQL', redis: 'Redis', mongodb: 'Food catalogue (MongoDB)' };

/** The first page: what is running and whether every store answers. */
export function SystemStatus() {
  const meta = useMeta();
  const ready = useReadiness();
  return (
    <section aria-labelledby="status-title" className="card">
      <h2 id="status-title">System status</h2>
      {meta.data && (
        <p>
          {meta.data.name} <span data-testid="version">v{meta.data.version}</span>
        </p>
      )}
      {ready.isPending && <p role="status">Checking services…</p>}
      {ready.isError && <p role="alert">The API is not reachable.</p>}
      {ready.data && (
        <>
          <p data-testid="overall" className={ready.data.status === 'ready' ? 'ok' : 'bad'}>
            {ready.data.status === 'ready' ? 'All services are up' : 'Some services are down'}
          </p>
          <ul className="checks">
            {ready.data.checks.map((c) => (
              <li key={c.name} data-testid={`check-${c.name}`}>
                <span>{LABELS[c.name] ?? c.name}</span>
                <strong className={c.status === 'up' ? 'ok' : 'bad'}>{c.status === 'up' ? 'up' : 'down'}</strong>
                <small>{c.latencyMs} ms</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
