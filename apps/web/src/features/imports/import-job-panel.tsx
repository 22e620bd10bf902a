import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/progress-bar';
import { ErrorState, Loading } from '../../components/states';
import { isActive, useActivityImport } from '../../hooks/use-imports';
import { useFormat } from '../../i18n/format';
import { durationParts, jobPercent } from './import-report';
import { RejectsReport } from './rejects-report';
import './imports.strings';

/** Percent, rows/s and time left as the API reports them, live; then the counts and the rejects. */
export function ImportJobPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const job = useActivityImport(id);
  if (job.isPending) return <Loading />;
  if (job.isError) return <ErrorState onRetry={() => void job.refetch()} />;
  const j = job.data;
  const pct = jobPercent(j);
  const time = (s: number) => {
    const d = durationParts(s);
    return d.minutes ? t('imports.minutesSeconds', { minutes: f.number(d.minutes), seconds: f.number(d.seconds) }) : t('imports.seconds', { seconds: f.number(d.seconds) });
  };
  const live = isActive(j);
  const facts = [
    t('imports.rows', { rows: f.number(j.rowsProcessed) }),
    j.rowsPerSecond !== null && t('imports.rate', { rate: f.number(j.rowsPerSecond) }),
    live && j.etaSeconds !== null && t('imports.eta', { time: time(j.etaSeconds) }),
  ].filter(Boolean);
  return (
    <div className="stack import-job" data-testid="import-job">
      <ProgressBar
        label={`${t('imports.importing')}: ${t(`imports.status.${j.status}`)}`}
        value={pct}
        max={100}
        text={f.percent(pct)}
        testId="import-progress"
      />
      {/* Said once when it changes, not at every poll: the bar carries the percent. */}
      <p className="hint" data-testid="import-rate">
        {facts.join(' · ')}
      </p>
      <p role="status" className="visually-hidden">
        {t(`imports.status.${j.status}`)}
      </p>
      {j.status === 'completed' && (
        <p className="ok" data-testid="import-done">
          {t('imports.done', { activities: f.number(j.counts.activities), stepDays: f.number(j.counts.stepDays), weights: f.number(j.counts.weights) })}
        </p>
      )}
      {j.status === 'failed' && (
        <p role="alert" className="bad">
          {t('imports.failed', { error: j.error ?? '' })}
        </p>
      )}
      {!live && <RejectsReport rejects={j.rejects} total={j.counts.skipped} fileName={`welness-import-${j.id.slice(0, 8)}-rejects.csv`} />}
    </div>
  );
}
