import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../components/states';
import { useStreakCalendar } from '../../hooks/use-body';
import { useFormat } from '../../i18n/format';
import { calendarStats, calendarWeeks, type GridDay } from './calendar-grid';
import './streaks.strings';
import './streaks.css';

const DAYS = 90;
/** A Monday, for the weekday names in the current language. */
const A_MONDAY = '2024-01-01';

function DayCell({ day, today }: { day: GridDay; today: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const date = f.date(`${day.date}T12:00:00`, { weekday: 'long', day: 'numeric', month: 'long' });
  const said =
    (day.entries > 0 ? t('streaks.day.logged', { date, count: day.entries }) : t('streaks.day.empty', { date })) +
    (day.workouts > 0 ? t('streaks.day.workouts', { count: day.workouts }) : '') +
    (today ? t('streaks.day.today') : '');
  const cls = ['day-cell', day.entries > 0 ? 'logged' : '', today ? 'today' : ''].filter(Boolean).join(' ');
  return (
    <td className={cls} data-testid="calendar-day" data-date={day.date} data-logged={day.entries > 0} aria-current={today ? 'date' : undefined}>
      <span aria-hidden="true">{Number(day.date.slice(8))}</span>
      <span className="visually-hidden">{said}</span>
      {day.workouts > 0 && <span className="workout-dot" aria-hidden="true" />}
    </td>
  );
}

/** The last 90 days as a calendar: days with a diary entry filled, workouts dotted, and the streak. */
export function StreaksPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const cal = useStreakCalendar(DAYS);
  const short = (d: string) => f.date(`${d}T12:00:00`, { day: 'numeric', month: 'short' });
  const weekdays = Array.from({ length: 7 }, (_, i) => {
    const d = `2024-01-0${i + 1}T12:00:00`;
    return { short: f.date(d, { weekday: 'short' }), long: f.date(d, { weekday: 'long' }), key: `${A_MONDAY}-${i}` };
  });
  const stats = cal.data ? calendarStats(cal.data.days) : null;
  return (
    <section className="card" aria-labelledby="streaks-title">
      <h1 id="streaks-title">{t('streaks.title')}</h1>
      <p className="hint">{t('streaks.intro', { days: DAYS })}</p>
      {cal.isPending && <Loading />}
      {cal.isError && <ErrorState onRetry={() => void cal.refetch()} />}
      {cal.data && stats && (
        <>
          <ul className="streak-stats" data-testid="streak-stats">
            <li>
              <strong>{t('streaks.current', { count: cal.data.streak.current })}</strong>
            </li>
            <li>{t('streaks.longest', { count: cal.data.streak.longest })}</li>
            <li>{t('streaks.logged', { logged: stats.loggedDays, days: cal.data.days.length, percent: f.percent(stats.loggedPercent) })}</li>
            <li>{t('streaks.workouts', { count: stats.workoutDays })}</li>
          </ul>
          <table className="streak-calendar" data-testid="streak-calendar">
            <caption>{t('streaks.caption', { from: short(cal.data.from), to: short(cal.data.to) })}</caption>
            <thead>
              <tr>
                <td />
                {weekdays.map((w) => (
                  <th key={w.key} scope="col" abbr={w.long}>
                    {w.short}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {calendarWeeks(cal.data.days).map((week) => (
                <tr key={week.start}>
                  <th scope="row">
                    <span className="visually-hidden">{t('streaks.weekOf', { date: short(week.start) })}</span>
                    <span aria-hidden="true">{short(week.start)}</span>
                  </th>
                  {week.days.map((day, i) => (day ? <DayCell key={day.date} day={day} today={day.date === cal.data.today} /> : <td key={`${week.start}-${i}`} />))}
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="streak-legend" aria-hidden="true">
            <li>
              <span className="swatch day-cell logged" /> {t('streaks.legend.logged')}
            </li>
            <li>
              <span className="swatch day-cell" /> {t('streaks.legend.empty')}
            </li>
            <li>
              <span className="swatch day-cell">
                <span className="workout-dot" />
              </span>{' '}
              {t('streaks.legend.workout')}
            </li>
            <li>
              <span className="swatch day-cell today" /> {t('streaks.legend.today')}
            </li>
          </ul>
          <p>
            <Link to="/diary">{t('streaks.toDiary')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
