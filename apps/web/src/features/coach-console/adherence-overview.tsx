import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdherenceDays } from '../../api/coach.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useAdherence } from '../../hooks/use-coaching';
import { useFormat } from '../../i18n/format';
import './coach-console.strings';

const WINDOWS: AdherenceDays[] = [7, 30];

/** Every client who lets the coach read their diary: days logged and energy against target. */
export function AdherenceOverview() {
  const { t } = useTranslation();
  const f = useFormat();
  const [days, setDays] = useState<AdherenceDays>(7);
  const overview = useAdherence(days);
  const dash = t('coachTools.adherence.unknown');
  return (
    <section className="card stack" aria-labelledby="adherence-title">
      <h2 id="adherence-title">{t('coachTools.adherence.title')}</h2>
      <p className="hint">{t('coachTools.adherence.hint')}</p>
      <fieldset className="segmented">
        <legend>{t('coachTools.adherence.period')}</legend>
        {WINDOWS.map((w) => (
          <label key={w} className="check">
            <input type="radio" name="adherence-days" value={w} checked={days === w} onChange={() => setDays(w)} />
            {t(`coachTools.adherence.days.${w}`)}
          </label>
        ))}
      </fieldset>
      {overview.isPending && <Loading />}
      {overview.isError && <ErrorState onRetry={() => void overview.refetch()} />}
      {overview.data?.items.length === 0 && <Empty>{t('coachTools.adherence.none')}</Empty>}
      {overview.data && overview.data.items.length > 0 && (
        // A focusable region, so keyboard users can scroll the table sideways on a phone.
        <div className="data-scroll" role="region" aria-label={t('coachTools.adherence.scroll')} tabIndex={0}>
          <table className="data-table" data-testid="adherence-table">
            <caption>{t('coachTools.adherence.caption', { days: overview.data.days })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coachTools.adherence.client')}</th>
                <th scope="col">{t('coachTools.adherence.logged')}</th>
                <th scope="col">{t('coachTools.adherence.average')}</th>
                <th scope="col">{t('coachTools.adherence.target')}</th>
                <th scope="col">{t('coachTools.adherence.onTarget')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.data.items.map((c) => (
                <tr key={c.clientId}>
                  <th scope="row">
                    <Link to={`/clients/${c.clientId}`}>{c.displayName ?? c.email}</Link>
                  </th>
                  <td>{t('coachTools.adherence.loggedValue', { logged: c.daysLogged, days: overview.data.days })}</td>
                  <td>{c.daysLogged ? f.kcal(c.averageKcal) : dash}</td>
                  <td>{c.averageTargetKcal === null ? dash : f.kcal(c.averageTargetKcal)}</td>
                  <td>{c.adherencePercent === null ? dash : f.percent(c.adherencePercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
