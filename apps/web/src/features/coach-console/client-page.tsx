import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SLOTS } from '../../api/tracking.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useAssignPlan, useClient, useClientDiary } from '../../hooks/use-coaching';
import { useFormat } from '../../i18n/format';
import { dayIn } from '../../hooks/use-today';
import { shiftDay } from '../diary/diary-page';
import { ClientOverview } from './client-overview';

/**
 * One client's data, read through the coach routes. The header names the client on every view;
 * once the link ends the API answers 404 and the page shows nothing of theirs.
 */
export function ClientPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { userId = '' } = useParams();
  const client = useClient(userId);
  const canRead = client.data !== undefined;
  const today = dayIn(client.data?.timeZone ?? 'UTC');
  const [date, setDate] = useState<string | null>(null);
  const day = date ?? today;
  const diary = useClientDiary(userId, canRead, day);
  const plan = useAssignPlan(userId, shiftDay(today, 7));
  if (client.isPending) return <Loading />;
  if (client.isError) {
    return (
      <section className="card" aria-labelledby="no-access-title">
        <h1 id="no-access-title">{t('coachConsole.noAccess')}</h1>
        <p data-testid="no-access">{t('coachConsole.noAccessHint')}</p>
        <Link to="/clients">{t('coachConsole.back')}</Link>
      </section>
    );
  }
  const who = client.data.displayName ?? client.data.email;
  const canWrite = client.data.scopes.includes('write');
  return (
    <div className="stack">
      <section className="card whose" aria-labelledby="client-title">
        <p className="pill">{t('coachConsole.viewing')}</p>
        <h1 id="client-title">{t('coachConsole.clientData', { name: who })}</h1>
        <p className="hint">{client.data.timeZone}</p>
      </section>
      <section className="card" aria-labelledby="client-diary-title">
        <h2 id="client-diary-title">{t('coachConsole.diaryOf', { name: who })}</h2>
        <div className="row day-nav">
          <button type="button" className="btn small" onClick={() => setDate(shiftDay(day, -1))}>
            {t('diary.previousDay')}
          </button>
          <strong data-testid="client-diary-date">{f.date(`${day}T12:00:00`, { weekday: 'long', day: 'numeric', month: 'short' })}</strong>
          <button type="button" className="btn small" onClick={() => setDate(shiftDay(day, 1))} disabled={day >= today}>
            {t('diary.nextDay')}
          </button>
        </div>
        {diary.isPending && <Loading />}
        {diary.isError && <ErrorState onRetry={() => void diary.refetch()} />}
        {diary.data && (
          <>
            <p data-testid="client-diary-total">{f.kcal(diary.data.totals.energyKcal)}</p>
            {SLOTS.every((s) => diary.data.slots[s].length === 0) && <Empty>{t('diary.emptySlot')}</Empty>}
            <ul className="entries" data-testid="client-diary">
              {SLOTS.flatMap((s) =>
                diary.data.slots[s].map((e) => (
                  <li key={e.id}>
                    <span>
                      {e.name} <small>· {t(`diary.slots.${s}`)}</small>
                    </span>
                    <span>{f.kcal(e.nutrients.energyKcal)}</span>
                    <span />
                  </li>
                )),
              )}
            </ul>
          </>
        )}
      </section>
      <ClientOverview userId={userId} today={today} name={who} />
      <section className="card" aria-labelledby="client-plan-title">
        <h2 id="client-plan-title">{t('coachConsole.planFor', { name: who })}</h2>
        {canWrite ? (
          <button type="button" className="btn primary" onClick={() => plan.mutate()} disabled={plan.isPending}>
            {t('coachConsole.assignPlan')}
          </button>
        ) : (
          <p className="hint">{t('coachConsole.readOnly')}</p>
        )}
        {plan.isError && (
          <p role="alert" className="bad">
            {plan.error.message || t('state.error')}
          </p>
        )}
        {plan.data && (
          <p role="status" data-testid="plan-assigned">
            {t('coachConsole.planAssigned', { days: plan.data.days.length, kcal: f.kcal(plan.data.targets.energyKcal) })}
          </p>
        )}
      </section>
    </div>
  );
}
