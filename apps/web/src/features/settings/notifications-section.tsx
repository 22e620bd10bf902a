import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinSettings } from '../../api/notifications.api';
import { ErrorState, Loading } from '../../components/states';
import { dateFormat } from '../../i18n/intl-cache';
import { useCheckins, useSaveCheckins, useSaveMealReminders, useTelegramLink } from '../../hooks/use-notifications';
import { Field } from '../auth/auth-form';
import './settings.strings';

/** The API's limit (TelegramRemindersDto: at most 6 times). */
const MAX_REMINDERS = 6;
const DAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * When the app reaches out: the coach's daily and weekly check-ins (in the web conversation,
 * and in Telegram when linked) and meal-logging reminders (Telegram). Every time is local to
 * the profile's time zone; the server schedules them there.
 */
export function NotificationsSection({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="notifications-title" data-testid="notifications-section">
      <h2 id="notifications-title">{t('settingsMore.notifications')}</h2>
      <p className="hint">{t('settingsMore.inYourZone', { zone: timeZone })}</p>
      <CheckinsBlock />
      <MealRemindersBlock />
    </section>
  );
}

function CheckinsBlock() {
  const { t } = useTranslation();
  const checkins = useCheckins();
  return (
    <div aria-labelledby="checkins-title" role="group">
      <h3 id="checkins-title">{t('settingsMore.checkins')}</h3>
      <p className="hint">{t('settingsMore.checkinsHint')}</p>
      {checkins.isPending && <Loading />}
      {checkins.isError && <ErrorState onRetry={() => void checkins.refetch()} />}
      {checkins.data && <CheckinsForm saved={checkins.data} />}
    </div>
  );
}

function CheckinsForm({ saved }: { saved: CheckinSettings }) {
  const { t, i18n } = useTranslation();
  const save = useSaveCheckins();
  const [daily, setDaily] = useState(saved.dailyTime !== null);
  const [dailyTime, setDailyTime] = useState(saved.dailyTime ?? '20:00');
  const [weekly, setWeekly] = useState(saved.weeklyDay !== null);
  const [weeklyDay, setWeeklyDay] = useState(saved.weeklyDay ?? 7);
  const [weeklyTime, setWeeklyTime] = useState(saved.weeklyTime ?? '18:00');
  // 1 January 2024 was a Monday: day n of the ISO week is that date + n - 1.
  const dayName = (n: number) => dateFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, n));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      dailyTime: daily && dailyTime ? dailyTime : null,
      weeklyDay: weekly ? weeklyDay : null,
      weeklyTime: weekly && weeklyTime ? weeklyTime : null,
    });
  };
  return (
    <form className="stack" onSubmit={submit}>
      <label className="check">
        <input type="checkbox" checked={daily} onChange={(e) => setDaily(e.target.checked)} />
        {t('settingsMore.daily')}
      </label>
      {daily && (
        <Field label={t('settingsMore.dailyTime')}>{(p) => <input {...p} type="time" required value={dailyTime} onChange={(e) => setDailyTime(e.target.value)} />}</Field>
      )}
      <label className="check">
        <input type="checkbox" checked={weekly} onChange={(e) => setWeekly(e.target.checked)} />
        {t('settingsMore.weekly')}
      </label>
      {weekly && (
        <div className="grid-2">
          <Field label={t('settingsMore.weeklyDay')}>
            {(p) => (
              <select {...p} value={weeklyDay} onChange={(e) => setWeeklyDay(Number(e.target.value))}>
                {DAYS.map((d) => (
                  <option key={d} value={d}>
                    {dayName(d)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settingsMore.weeklyTime')}>{(p) => <input {...p} type="time" required value={weeklyTime} onChange={(e) => setWeeklyTime(e.target.value)} />}</Field>
        </div>
      )}
      {save.isError && (
        <p role="alert" className="bad">
          {save.error.message || t('state.error')}
        </p>
      )}
      {save.isSuccess && <p role="status">{t('settingsMore.checkinsSaved')}</p>}
      <button type="submit" className="btn primary" disabled={save.isPending}>
        {t('settingsMore.saveCheckins')}
      </button>
    </form>
  );
}

function MealRemindersBlock() {
  const { t } = useTranslation();
  const link = useTelegramLink();
  const save = useSaveMealReminders();
  // The bot is not configured on this server: there is nowhere to send reminders.
  if (link.data && !link.data.enabled) return null;
  return (
    <div aria-labelledby="meal-reminders-title" role="group">
      <h3 id="meal-reminders-title">{t('settingsMore.mealReminders')}</h3>
      <p className="hint">{t('settingsMore.mealRemindersHint', { max: MAX_REMINDERS })}</p>
      {link.isPending && <Loading />}
      {link.isError && <ErrorState onRetry={() => void link.refetch()} />}
      {link.data && !link.data.linked && (
        <p className="notice">
          {t('settingsMore.mealRemindersNeedTelegram')} <a href="#telegram-title">{t('telegram.connect')}</a>
        </p>
      )}
      {/* Keyed by the saved times: a save (or a link from another device) starts the form afresh. */}
      {link.data?.linked && <MealRemindersForm key={link.data.mealReminders.join()} saved={link.data.mealReminders} save={save} />}
      {save.isError && (
        <p role="alert" className="bad">
          {save.error.message || t('state.error')}
        </p>
      )}
      {save.isSuccess && (
        <p role="status">{save.data.length ? t('settingsMore.remindersSaved', { times: save.data.join(', ') }) : t('settingsMore.remindersNone')}</p>
      )}
    </div>
  );
}

function MealRemindersForm({ saved, save }: { saved: string[]; save: ReturnType<typeof useSaveMealReminders> }) {
  const { t } = useTranslation();
  const [times, setTimes] = useState<string[]>(saved);
  const setAt = (i: number, value: string) => setTimes((ts) => ts.map((x, j) => (j === i ? value : x)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(times.filter(Boolean));
  };
  return (
    <form className="stack" onSubmit={submit}>
      {times.length === 0 && <p>{t('settingsMore.noMealReminders')}</p>}
      {times.length > 0 && (
        <ul className="reminders">
          {times.map((time, i) => (
            // Index keys: rows are edited in place and only ever removed by their own button.
            <li key={i} className="row">
              <Field label={t('settingsMore.reminderAt', { n: i + 1 })}>{(p) => <input {...p} type="time" value={time} onChange={(e) => setAt(i, e.target.value)} />}</Field>
              <button type="button" className="btn small" onClick={() => setTimes((ts) => ts.filter((_, j) => j !== i))} aria-label={t('settingsMore.removeReminder', { n: i + 1 })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" className="btn" onClick={() => setTimes((ts) => [...ts, ''])} disabled={times.length >= MAX_REMINDERS}>
          {t('settingsMore.addReminder')}
        </button>
        <button type="submit" className="btn primary" disabled={save.isPending}>
          {t('settingsMore.saveReminders')}
        </button>
      </div>
    </form>
  );
}
