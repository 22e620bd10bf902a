import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivityImport, type BodyCsvResult, uploadActivityCsv, uploadAppleHealth, uploadBodyCsv } from '../../api/imports.api';
import { limitOf } from '../../api/limits';
import type { UploadProgress } from '../../api/upload-progress';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useActivityImports } from '../../hooks/use-imports';
import { useFormat } from '../../i18n/format';
import { ImportJobPanel } from './import-job-panel';
import { RejectsReport } from './rejects-report';
import { UploadCard } from './upload-card';
import './imports.strings';

/** Reads a CSV file and refuses, before sending, one longer than the API takes. */
function csvSender<T>(schema: string, upload: (csv: string, onProgress: UploadProgress) => Promise<T>, tooLarge: (max: number) => string) {
  return async (file: File, onProgress: UploadProgress): Promise<T> => {
    const csv = await file.text();
    const max = limitOf(schema, 'csv').maxLength;
    if (max !== undefined && csv.length > max) throw new Error(tooLarge(max));
    return upload(csv, onProgress);
  };
}

/** Apple Health and CSV imports: upload progress, the job's live progress, and what was left out. */
export function ImportsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useActivityImports();
  const [shown, setShown] = useState<string | null>(null);
  const tooLarge = (max: number) => t('imports.tooLarge', { max: f.number(max) });
  const job = (started: ActivityImport) => <ImportJobPanel id={started.id} />;
  const earlier = history.data?.filter((i) => i.id !== shown) ?? [];
  return (
    <div className="stack">
      <section className="card" aria-labelledby="imports-title">
        <h1 id="imports-title">{t('imports.title')}</h1>
        <p>{t('imports.intro')}</p>
      </section>
      <UploadCard
        testId="import-apple-health"
        title={t('imports.apple.title')}
        hint={t('imports.apple.hint')}
        accept=".zip,.xml,application/zip,application/xml,text/xml"
        send={uploadAppleHealth}
        result={job}
      />
      <UploadCard
        testId="import-activity-csv"
        title={t('imports.activityCsv.title')}
        hint={t('imports.activityCsv.hint')}
        accept=".csv,text/csv"
        send={csvSender('CsvUploadDto', uploadActivityCsv, tooLarge)}
        result={job}
      />
      <UploadCard
        testId="import-body-csv"
        title={t('imports.bodyCsv.title')}
        hint={t('imports.bodyCsv.hint')}
        accept=".csv,text/csv"
        send={csvSender('CsvImportDto', uploadBodyCsv, tooLarge)}
        result={(r: BodyCsvResult) => (
          <div className="stack">
            <p className="ok" role="status">
              {t('imports.bodyCsv.result', { weights: f.number(r.weights), measurements: f.number(r.measurements) })}
            </p>
            <RejectsReport rejects={r.errors} total={r.errors.length} fileName="welness-body-import-rejects.csv" />
          </div>
        )}
      />
      <section className="card stack" aria-labelledby="imports-history">
        <h2 id="imports-history">{t('imports.history')}</h2>
        {shown && <ImportJobPanel id={shown} />}
        {history.isPending && <Loading />}
        {history.isError && <ErrorState onRetry={() => void history.refetch()} />}
        {history.data?.length === 0 && <Empty>{t('imports.noHistory')}</Empty>}
        {earlier.length > 0 && (
          <ul className="entries">
            {earlier.map((i) => {
              const date = f.date(i.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
              return (
                <li key={i.id}>
                  <span>
                    {t(`imports.kind.${i.kind}`)} · {date}
                    <small className="block">{t(`imports.status.${i.status}`)}</small>
                  </span>
                  <span>{i.counts.skipped > 0 ? t('imports.rejects.title', { count: i.counts.skipped }) : ''}</span>
                  <button type="button" className="btn small" onClick={() => setShown(i.id)} aria-label={t('imports.show', { kind: t(`imports.kind.${i.kind}`), date })}>
                    {t('imports.showShort')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
