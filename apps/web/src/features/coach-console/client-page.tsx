import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SLOTS } from '../../api/tracking.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useClient, useClientDiary } from '../../hooks/use-coaching';
import { dayIn } from '../../hooks/use-today';
import { useFormat } from '../../i18n/format';
import { shiftDay } from '../diary/diary-page';
import { ClientGoal } from './client-goal';
import { ClientNotes } from './client-notes';
import { ClientOverview } from './client-overview';
import { ClientPlan } from './client-plan';

/**
 * One client's data, read through the coach routes. The header names the client on every view;
 * once the link ends the API answers 404 and the page shows nothing of theirs. What the coach
 * may change follows the scopes the client granted: without "write" nothing is editable.
 */
export function ClientPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { userId = '' } = useParams();
  const client = useClient(userId);
  const canRead = client.data?.scopes.includes('read') ?? false;
  const today = dayIn(client.data?.timeZone ?? 'UTC');
  const [date, setDate] = useState<string | null>(null);
  const day = date ?? today;
  const diary = useClientDiary(userId, canRead, day);
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
        <p className="hint">
          {client.data.timeZone} · {client.data.scopes.map((s) => t(`coachConsole.scopes.${s}`)).join(', ')}
        </p>
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
      <ClientGoal userId={userId} name={who} canWrite={canWrite} />
      <ClientPlan userId={userId} name={who} today={today} canWrite={canWrite} />
      <ClientNotes userId={userId} name={who} />
    </div>
  );
}
