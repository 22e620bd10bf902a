import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Routine, SessionSummary, StartSession } from '../../api/workouts.api';
import { BarChart } from '../../components/charts';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useUnits } from '../../hooks/use-units';
import { useExercises, useRecords, useRoutines, useStartSession, useWorkoutHistory } from '../../hooks/use-workouts';
import { useFormat } from '../../i18n/format';
import { RECORD_KINDS, recordsByExercise } from './personal-records';
import { RoutineForm } from './routine-form';
import './workouts.strings';
import './workouts.css';

const CHART_SESSIONS = 10;

function sessionName(s: SessionSummary, routines: Routine[], fallback: string): string {
  const r = routines.find((x) => x.id === s.routineId);
  const day = r && s.dayIndex !== null ? r.days[s.dayIndex] : undefined;
  return r && day ? `${r.name}: ${day.name}` : fallback;
}

function StartSection({ routines, open }: { routines: Routine[]; open: SessionSummary | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const start = useStartSession();
  const go = (body: StartSession) => start.mutate(body, { onSuccess: (s) => void navigate(`/workouts/sessions/${s.id}`) });
  return (
    <section className="card stack" aria-labelledby="start-title">
      <h2 id="start-title">{t('workouts.start.title')}</h2>
      {open && (
        <p className="notice">
          <Link to={`/workouts/sessions/${open.id}`}>{t('workouts.start.resume', { when: f.date(open.startedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</Link>
        </p>
      )}
      {routines.length === 0 && <p className="hint">{t('workouts.start.noRoutines')}</p>}
      {routines.map((r) => (
        <div key={r.id}>
          <h3 id={`routine-${r.id}`}>{r.name}</h3>
          <div className="row">
            {r.days.map((d, i) => (
              <button
                key={`${r.id}-${i}`}
                type="button"
                className="btn primary"
                aria-describedby={`routine-${r.id}`}
                disabled={start.isPending}
                onClick={() => go({ routineId: r.id, dayIndex: i })}
              >
                {t('workouts.start.routineDay', { day: d.name })}
              </button>
            ))}
          </div>
        </div>
      ))}
      <div>
        <button type="button" className="btn" disabled={start.isPending} onClick={() => go({})}>
          {t('workouts.start.empty')}
        </button>
      </div>
      {start.isError && (
        <p role="alert" className="bad">
          {start.error.message || t('state.error')}
        </p>
      )}
    </section>
  );
}

function HistorySection({ sessions, routines }: { sessions: SessionSummary[]; routines: Routine[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { weight } = useUnits();
  const withSets = sessions.filter((s) => s.setCount > 0).slice(0, CHART_SESSIONS).reverse();
  const seen = new Map<string, number>();
  const bars = withSets.map((s) => {
    const day = f.date(s.startedAt, { day: 'numeric', month: 'short' });
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return { label: n > 1 ? `${day} (${n})` : day, value: s.volumeKg };
  });
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('workouts.history.title')}</h2>
      {sessions.length === 0 && <Empty>{t('workouts.history.empty')}</Empty>}
      {bars.length > 0 && <BarChart title={t('workouts.history.chart')} bars={bars} target={null} format={(v) => weight.format(v, 0)} />}
      {sessions.length > 0 && (
        <ul className="entries history" data-testid="workout-history">
          {sessions.map((s) => {
            const date = f.date(s.startedAt, { dateStyle: 'medium' });
            return (
              <li key={s.id}>
                <span>
                  <Link to={`/workouts/sessions/${s.id}`} aria-label={t('workouts.history.open', { date })}>
                    {date}
                  </Link>{' '}
                  {sessionName(s, routines, t('workouts.history.unnamed'))}
                  {s.finishedAt === null && <span className="pill"> {t('workouts.history.inProgress')}</span>}
                </span>
                <span>{t('workouts.history.item', { count: s.setCount, volume: weight.format(s.volumeKg, 0) })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function RecordsSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const { weight } = useUnits();
  const records = useRecords();
  const exercises = useExercises();
  const names = new Map((exercises.data ?? []).map((x) => [x.id, x.name]));
  const grouped = recordsByExercise(records.data ?? []);
  const head = { max_weight: t('workouts.records.heaviest'), e1rm: t('workouts.records.e1rm'), max_volume_set: t('workouts.records.volume') };
  return (
    <section className="card" aria-labelledby="records-title">
      <h2 id="records-title">{t('workouts.records.title')}</h2>
      {records.isPending && <Loading />}
      {records.isError && <ErrorState onRetry={() => void records.refetch()} />}
      {records.isSuccess && grouped.length === 0 && <Empty>{t('workouts.records.empty')}</Empty>}
      {grouped.length > 0 && (
        <table className="records" data-testid="records">
          <thead>
            <tr>
              <th scope="col">{t('workouts.records.exercise')}</th>
              {RECORD_KINDS.map((k) => (
                <th key={k} scope="col">
                  {head[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grouped.map((g) => (
              <tr key={g.exerciseId}>
                <th scope="row">{names.get(g.exerciseId) ?? '…'}</th>
                {RECORD_KINDS.map((k) => {
                  const r = g.byKind[k];
                  return (
                    <td key={k}>
                      {r && (
                        <>
                          {weight.format(r.value, k === 'max_volume_set' ? 0 : 1)}
                          <br />
                          <small>
                            {t('workouts.records.setOf', { weight: weight.format(r.weightKg), reps: r.reps })} · {f.date(`${r.achievedOn}T12:00:00`, { day: 'numeric', month: 'short' })}
                          </small>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Workouts: start one (from a routine or empty), build a routine, the history with volume, records. */
export function WorkoutsPage() {
  const { t } = useTranslation();
  const routines = useRoutines();
  const history = useWorkoutHistory();
  const exercises = useExercises();
  const open = history.data?.items.find((s) => s.finishedAt === null);
  return (
    <div className="stack">
      <h1>{t('workouts.title')}</h1>
      {(routines.isPending || history.isPending) && <Loading />}
      {(routines.isError || history.isError) && (
        <ErrorState
          onRetry={() => {
            void routines.refetch();
            void history.refetch();
          }}
        />
      )}
      {routines.data && history.data && <StartSection routines={routines.data} open={open} />}
      <section className="card" aria-labelledby="routine-title">
        <details>
          <summary>
            <h2 id="routine-title" className="inline-heading">
              {t('workouts.routine.title')}
            </h2>
          </summary>
          {exercises.isError && <ErrorState onRetry={() => void exercises.refetch()} />}
          {exercises.data && <RoutineForm exercises={exercises.data} />}
        </details>
      </section>
      {routines.data && history.data && <HistorySection sessions={history.data.items} routines={routines.data} />}
      <RecordsSection />
    </div>
  );
}
