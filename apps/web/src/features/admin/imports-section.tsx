import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Import, listImports, startImport } from '../../api/admin.api';
import { queryKeys } from '../../api/query-keys';
import { ProgressBar } from '../../components/progress-bar';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';

const KEY = queryKeys.admin.imports;
const active = (i: Import) => i.status === 'queued' || i.status === 'running';

/** Open Food Facts imports: start one from a file or URL and watch it live (polled each second). */
export function ImportsSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useQueryClient();
  const imports = useQuery({
    queryKey: KEY,
    queryFn: listImports,
    // Poll only while something is moving; an idle console costs the server nothing.
    refetchInterval: (q) => (q.state.data?.some(active) ? 1000 : false),
  });
  const [source, setSource] = useState('');
  const start = useMutation({
    mutationFn: () => startImport(source.trim()),
    onSuccess: () => {
      setSource('');
      void client.invalidateQueries({ queryKey: KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (source.trim()) start.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="imports-title">
      <h2 id="imports-title">{t('admin.imports')}</h2>
      <form className="stack" onSubmit={submit}>
        <Field label={t('admin.source')} hint={t('admin.sourceHint')}>
          {(p) => <input {...p} value={source} onChange={(e) => setSource(e.target.value)} />}
        </Field>
        {start.isError && <p role="alert" className="bad">{start.error.message}</p>}
        <button type="submit" className="btn primary" disabled={!source.trim() || start.isPending}>
          {t('admin.startImport')}
        </button>
      </form>
      {imports.isPending && <Loading />}
      {imports.isError && <ErrorState onRetry={() => void imports.refetch()} />}
      {imports.data && imports.data.length === 0 && <Empty>{t('admin.noImports')}</Empty>}
      <ul className="imports">
        {imports.data?.map((i) => {
          const pct = i.status === 'completed' ? 100 : Math.round((i.progress ?? 0) * 100);
          return (
            <li key={i.id} data-testid={`import-${i.id}`} className="import">
              <ProgressBar
                label={`${i.source} — ${t(`admin.status.${i.status}`)}`}
                value={pct}
                max={100}
                text={f.percent(pct)}
                testId="import-progress"
              />
              <small>
                {t('admin.counts', { processed: f.number(i.processed), inserted: f.number(i.inserted), updated: f.number(i.updated), rejected: f.number(i.rejected) })}
                {i.rowsPerSecond !== null && active(i) && ` · ${t('admin.rate', { rate: f.number(i.rowsPerSecond) })}`}
                {i.etaSeconds !== null && active(i) && ` · ${t('admin.eta', { seconds: f.number(i.etaSeconds) })}`}
              </small>
              {i.error && <p className="bad">{i.error}</p>}
              {i.rejects.length > 0 && (
                <details>
                  <summary>{t('admin.rejects', { count: i.rejected })}</summary>
                  <ul>
                    {i.rejects.map((r) => (
                      <li key={r.reason}>
                        {r.reason} × {f.number(r.count)}
                        {r.samples[0] && <small> — {t('admin.line', { line: r.samples[0].line })}: {r.samples[0].detail}</small>}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
