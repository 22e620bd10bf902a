import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/progress-bar';
import type { UploadProgress } from '../../api/upload-progress';
import { useUpload } from '../../hooks/use-imports';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import { uploadPercent } from './import-report';
import './imports.strings';

/**
 * One kind of import: pick a file, send it with a progress bar, then show what came back
 * (`result` renders the API's answer: a job to follow, or an immediate report).
 */
export function UploadCard<T>({
  title,
  hint,
  accept,
  send,
  result,
  testId,
}: {
  title: string;
  hint: string;
  accept: string;
  send: (file: File, onProgress: UploadProgress) => Promise<T>;
  result: (data: T) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const upload = useUpload(send);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!file);
    if (file) upload.mutate(file);
  };
  const pct = upload.progress ? uploadPercent(upload.progress.sent, upload.progress.total) : 0;
  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`}>{title}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label={t('imports.chooseFile')} hint={hint} error={missing ? t('imports.noFile') : null}>
          {(p) => (
            <input
              {...p}
              type="file"
              accept={accept}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissing(false);
                upload.reset();
              }}
            />
          )}
        </Field>
        <button type="submit" className="btn primary" disabled={upload.isPending}>
          {t('imports.upload')}
        </button>
      </form>
      {upload.progress && (
        <ProgressBar
          label={upload.isPending ? t('imports.uploading') : t('imports.uploadDone')}
          value={upload.isSuccess ? 100 : pct}
          max={100}
          text={f.percent(upload.isSuccess ? 100 : pct)}
          testId="upload-progress"
        />
      )}
      {upload.isError && (
        <p role="alert" className="bad">
          {t('imports.uploadFailed', { reason: upload.error.message })}
        </p>
      )}
      {upload.isSuccess && result(upload.data)}
    </section>
  );
}
