import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { downloadText, type Reject, rejectsCsv } from './import-report';
import './imports.strings';

/**
 * What an import left out, line by line, as a table a screen reader can walk, with the same
 * list as a CSV download to fix the rows in a spreadsheet and import them again.
 */
export function RejectsReport({ rejects, total, fileName }: { rejects: readonly Reject[]; total: number; fileName: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  if (total === 0) return <p className="ok">{t('imports.rejects.none')}</p>;
  const download = () => downloadText(rejectsCsv(rejects, { line: t('imports.rejects.line'), reason: t('imports.rejects.reason') }), fileName);
  return (
    <div className="stack rejects" data-testid="rejects-report">
      <h3 id={id}>{t('imports.rejects.title', { count: total })}</h3>
      {rejects.length < total && <p className="hint">{t('imports.rejects.firstOnly', { shown: f.number(rejects.length), count: f.number(total) })}</p>}
      {rejects.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
          <table className="rejects-table">
            <thead>
              <tr>
                <th scope="col">{t('imports.rejects.line')}</th>
                <th scope="col">{t('imports.rejects.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rejects.map((r, i) => (
                <tr key={`${r.line ?? 'x'}-${i}`}>
                  <td>{r.line === null ? t('imports.rejects.noLine') : f.number(r.line)}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rejects.length > 0 && (
        <button type="button" className="btn" onClick={download}>
          {t('imports.rejects.download')}
        </button>
      )}
    </div>
  );
}
