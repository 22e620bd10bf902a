import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { check, inputLimits, limitOf } from '../../api/limits';
import type { Exercise, RoutineInput } from '../../api/workouts.api';
import { useUnits } from '../../hooks/use-units';
import { useValidation } from '../../hooks/use-validation';
import { useCreateRoutine } from '../../hooks/use-workouts';
import { Field } from '../auth/auth-form';
import { isWhole } from './exercise-block';

interface Row {
  key: number;
  exerciseId: string;
  sets: string;
  reps: string;
  weight: string;
  increment: string;
}

let nextKey = 0;
const newRow = (increment: string): Row => ({ key: nextKey++, exerciseId: '', sets: '3', reps: '5', weight: '', increment });

/** A one-day routine: exercises with sets × reps at a weight, and how much to add after a full session. */
export function RoutineForm({ exercises }: { exercises: Exercise[] }) {
  const { t } = useTranslation();
  const { weight, system } = useUnits();
  const say = useValidation();
  const create = useCreateRoutine();
  const [name, setName] = useState('');
  const [dayName, setDayName] = useState(() => t('workouts.routine.defaultDay'));
  const defaultIncrement = system === 'metric' ? '2.5' : '5';
  const [rows, setRows] = useState<Row[]>(() => [newRow(defaultIncrement)]);
  const [tried, setTried] = useState(false);
  const nameLimit = limitOf('RoutineInputDto', 'name');
  const dayLimit = limitOf('RoutineDayDto', 'name');
  // The API takes 1–20 sets per exercise (its array limit; the limits table holds scalars only).
  const setsLimit = { minimum: 1, maximum: 20 };
  const repsLimit = limitOf('RoutineSetDto', 'reps');
  const weightLimit = weight.limit(limitOf('RoutineSetDto', 'weightKg'));
  const incrementLimit = weight.limit(limitOf('ProgressionDto', 'incrementKg'));
  const checks = rows.map((r) => ({
    exerciseId: r.exerciseId ? null : ({ key: 'required' } as const),
    sets: check(setsLimit, r.sets, 'number'),
    reps: check(repsLimit, r.reps, 'number'),
    weight: check(weightLimit, r.weight, 'number'),
    increment: check(incrementLimit, r.increment, 'number', false),
  }));
  const nameCheck = check(nameLimit, name, 'text');
  const dayCheck = check(dayLimit, dayName, 'text');
  const fractions = rows.map((r) => ({ sets: !isWhole(r.sets), reps: !isWhole(r.reps) }));
  const invalid = !!nameCheck || !!dayCheck || checks.some((c) => Object.values(c).some(Boolean)) || fractions.some((f) => f.sets || f.reps);
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (invalid) return;
    const body: RoutineInput = {
      name: name.trim(),
      days: [
        {
          name: dayName.trim(),
          exercises: rows.map((r) => {
            const weightKg = weight.parse(r.weight) ?? 0;
            const incrementKg = weight.parse(r.increment) ?? 0;
            return {
              exerciseId: r.exerciseId,
              sets: Array.from({ length: Math.round(Number(r.sets)) }, () => ({ reps: Math.round(Number(r.reps)), weightKg })),
              progression: incrementKg > 0 ? { incrementKg } : null,
            };
          }),
        },
      ],
    };
    create.mutate(body, {
      onSuccess: () => {
        setTried(false);
        setName('');
        setRows([newRow(defaultIncrement)]);
      },
    });
  };
  const err = (c: Parameters<typeof say>[0], fraction = false) => (tried ? (say(c) ?? (fraction ? t('workouts.whole') : null)) : null);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field label={t('workouts.routine.name')} error={err(nameCheck)}>
        {(p) => <input {...p} {...inputLimits(nameLimit)} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('workouts.routine.dayName')} error={err(dayCheck)}>
        {(p) => <input {...p} {...inputLimits(dayLimit)} value={dayName} onChange={(e) => setDayName(e.target.value)} />}
      </Field>
      {rows.map((r, i) => (
        <fieldset key={r.key} className="routine-exercise">
          <legend>{t('workouts.routine.exercise', { n: i + 1 })}</legend>
          <Field label={t('workouts.routine.pick')} error={err(checks[i].exerciseId)}>
            {(p) => (
              <select {...p} value={r.exerciseId} onChange={(e) => update(r.key, { exerciseId: e.target.value })}>
                <option value="">—</option>
                {exercises.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('workouts.routine.sets')} error={err(checks[i].sets, fractions[i].sets)}>
            {(p) => <input {...p} type="number" inputMode="numeric" {...inputLimits(setsLimit)} value={r.sets} onChange={(e) => update(r.key, { sets: e.target.value })} />}
          </Field>
          <Field label={t('workouts.routine.reps')} error={err(checks[i].reps, fractions[i].reps)}>
            {(p) => <input {...p} type="number" inputMode="numeric" {...inputLimits(repsLimit)} value={r.reps} onChange={(e) => update(r.key, { reps: e.target.value })} />}
          </Field>
          <Field label={t('workouts.routine.weight', { unit: weight.unit })} error={err(checks[i].weight)}>
            {(p) => <input {...p} type="number" inputMode="decimal" step={weight.step} {...inputLimits(weightLimit)} value={r.weight} onChange={(e) => update(r.key, { weight: e.target.value })} />}
          </Field>
          <Field label={t('workouts.routine.increment', { unit: weight.unit })} hint={t('workouts.routine.incrementHint')} error={err(checks[i].increment)}>
            {(p) => <input {...p} type="number" inputMode="decimal" step={weight.step} {...inputLimits(incrementLimit)} value={r.increment} onChange={(e) => update(r.key, { increment: e.target.value })} />}
          </Field>
          {rows.length > 1 && (
            <button type="button" className="btn small" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
              {t('workouts.routine.remove', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="row">
        <button type="button" className="btn" onClick={() => setRows((rs) => [...rs, newRow(defaultIncrement)])}>
          {t('workouts.routine.addExercise')}
        </button>
        <button type="submit" className="btn primary" disabled={create.isPending}>
          {t('workouts.routine.save')}
        </button>
      </div>
      {tried && invalid && (
        <p role="alert" className="bad">
          {t('validation.fix')}
        </p>
      )}
      {create.isError && (
        <p role="alert" className="bad">
          {create.error.message || t('state.error')}
        </p>
      )}
      {create.isSuccess && (
        <p role="status" className="ok">
          {t('workouts.routine.saved', { name: create.data.name })}
        </p>
      )}
    </form>
  );
}
