import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/problem';
import type { Exercise, RoutineExercise, WorkoutSet } from '../../api/workouts.api';
import { ErrorState, Loading } from '../../components/states';
import { useUnits } from '../../hooks/use-units';
import { useAddSet, useDeleteSession, useDeleteSet, useExercises, useFinishSession, useRecords, useRoutine, useWorkoutSession } from '../../hooks/use-workouts';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import { ExerciseBlock, type LogSetInput } from './exercise-block';
import { type RecordKind, recordsBeaten } from './personal-records';
import { RestTimerPanel } from './rest-timer-panel';
import { useRestTimer } from './use-rest-timer';
import './workouts.strings';
import './workouts.css';

/** Exercise ids in the order the blocks are shown: the plan's, then the ones added along the way. */
function blockOrder(plan: RoutineExercise[], sets: WorkoutSet[], added: string[]): string[] {
  const ids = plan.map((p) => p.exerciseId);
  for (const id of [...sets.map((s) => s.exerciseId), ...added]) if (!ids.includes(id)) ids.push(id);
  return ids;
}

function AddExercise({ exercises, onAdd }: { exercises: Exercise[]; onAdd: (id: string) => void }) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  return (
    <form
      className="card row"
      onSubmit={(e) => {
        e.preventDefault();
        if (id) onAdd(id);
        setId('');
      }}
    >
      <Field label={t('workouts.session.addExercise')}>
        {(p) => (
          <select {...p} value={id} onChange={(e) => setId(e.target.value)}>
            <option value="">—</option>
            {exercises.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="btn" disabled={!id}>
        {t('workouts.session.add')}
      </button>
    </form>
  );
}

/**
 * The tracker: log sets (weight × reps, RPE) per exercise, a rest timer that starts with each
 * set, personal records and progression as they happen; finishing shows next time's weights.
 */
export function WorkoutSessionPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { weight } = useUnits();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const session = useWorkoutSession(id);
  const routine = useRoutine(session.data?.routineId ?? null);
  const exercises = useExercises();
  const records = useRecords();
  const add = useAddSet(id);
  const finish = useFinishSession(id);
  const discard = useDeleteSession();
  const removeSet = useDeleteSet(id);
  const rest = useRestTimer();
  const [prKinds, setPrKinds] = useState<Record<string, RecordKind[]>>({});
  const [said, setSaid] = useState('');
  const [added, setAdded] = useState<string[]>([]);

  if (session.isPending) return <Loading />;
  if (session.isError)
    return session.error instanceof ApiError && session.error.status === 404 ? (
      <section className="card">
        <h1>{t('workouts.session.title')}</h1>
        <p>{t('workouts.session.notFound')}</p>
        <Link to="/workouts">{t('workouts.session.back')}</Link>
      </section>
    ) : (
      <ErrorState onRetry={() => void session.refetch()} />
    );

  const s = session.data;
  const finished = s.finishedAt !== null;
  const day = s.dayIndex !== null ? routine.data?.days[s.dayIndex] : undefined;
  const plan = day?.exercises ?? [];
  const names = new Map((exercises.data ?? []).map((x) => [x.id, x.name]));
  const nameOf = (exerciseId: string) => names.get(exerciseId) ?? '…';
  const title = routine.data && day ? t('workouts.session.titleNamed', { name: `${routine.data.name}: ${day.name}` }) : t('workouts.session.title');
  const volume = s.sets.reduce((sum, x) => sum + x.reps * x.weightKg, 0);

  const log = (exerciseId: string, input: LogSetInput) => {
    const before = records.data ?? [];
    add.mutate(
      { exerciseId, ...input },
      {
        onSuccess: (set) => {
          rest.start();
          if (!set.isPr) return;
          const kinds = recordsBeaten(set, before);
          setPrKinds((k) => ({ ...k, [set.id]: kinds }));
          const list = kinds.length ? kinds.map((k) => t(`workouts.pr.kinds.${k}`)).join(', ') : t('workouts.pr.label');
          setSaid(t('workouts.pr.announce', { exercise: nameOf(exerciseId), kinds: list }));
        },
      },
    );
  };

  return (
    <div className="stack">
      <section className="card" aria-labelledby="session-title">
        <p>
          <Link to="/workouts">{t('workouts.session.back')}</Link>
        </p>
        <h1 id="session-title">{title}</h1>
        <p className="hint">
          {finished
            ? t('workouts.session.finishedOn', { when: f.date(s.finishedAt ?? s.startedAt, { dateStyle: 'medium', timeStyle: 'short' }) })
            : t('workouts.session.started', { when: f.date(s.startedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        </p>
        <p data-testid="session-total">{t('workouts.session.total', { count: s.sets.length, volume: weight.format(volume, 0) })}</p>
      </section>
      {!finished && <RestTimerPanel rest={rest} />}
      <p role="status" className="visually-hidden" data-testid="pr-announcement">
        {said}
      </p>
      {add.isError && (
        <p role="alert" className="bad">
          {add.error.message || t('state.error')}
        </p>
      )}
      {blockOrder(plan, s.sets, added).map((exerciseId) => (
        <ExerciseBlock
          key={exerciseId}
          name={nameOf(exerciseId)}
          plan={plan.find((p) => p.exerciseId === exerciseId) ?? null}
          sets={s.sets.filter((x) => x.exerciseId === exerciseId)}
          prKinds={prKinds}
          finished={finished}
          pending={add.isPending}
          onLog={(input) => log(exerciseId, input)}
          onRemove={(set, n) =>
            // A tap on × is easy to make by mistake, and a record may go with the set: ask first.
            window.confirm(t('workouts.session.confirmRemoveSet', { n, exercise: nameOf(exerciseId), weight: weight.format(set.weightKg), reps: set.reps })) &&
            removeSet.mutate(set.id)
          }
        />
      ))}
      {!finished && exercises.data && <AddExercise exercises={exercises.data} onAdd={(x) => setAdded((a) => (a.includes(x) ? a : [...a, x]))} />}
      {finished && s.routineId && (
        <section className="card" aria-labelledby="next-time-title" data-testid="progression-result">
          <h2 id="next-time-title">{t('workouts.session.progressionTitle')}</h2>
          {s.progression && s.progression.length > 0 ? (
            <ul>
              {s.progression.map((c) => (
                <li key={c.exerciseId}>{t('workouts.session.progressionChange', { exercise: nameOf(c.exerciseId), from: weight.format(c.fromKg), to: weight.format(c.toKg) })}</li>
              ))}
            </ul>
          ) : (
            <p>{t('workouts.session.progressionNone')}</p>
          )}
        </section>
      )}
      {!finished && (
        <div className="row">
          <button
            type="button"
            className="btn primary"
            disabled={finish.isPending}
            onClick={() => {
              rest.skip();
              finish.mutate();
            }}
          >
            {t('workouts.session.finish')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={discard.isPending}
            onClick={() => window.confirm(t('workouts.session.confirmDiscard')) && discard.mutate(id, { onSuccess: () => void navigate('/workouts') })}
          >
            {t('workouts.session.discard')}
          </button>
        </div>
      )}
      {(finish.isError || discard.isError || removeSet.isError) && (
        <p role="alert" className="bad">
          {t('state.error')}
        </p>
      )}
    </div>
  );
}
