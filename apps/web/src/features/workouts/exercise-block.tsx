import { rirToRpe, rpeToRir } from '@welness/nutrition';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { check, inputLimits, limitOf } from '../../api/limits';
import type { RoutineExercise, WorkoutSet } from '../../api/workouts.api';
import { useUnits } from '../../hooks/use-units';
import { useValidation } from '../../hooks/use-validation';
import { Field } from '../auth/auth-form';
import type { RecordKind } from './personal-records';
import { type DoneSet, progressionOutlook, suggestedSet } from './progression';

const RPE_STEPS = [6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10];

/** Reps and sets are counted: the API takes whole numbers only. */
export const isWhole = (raw: string) => raw.trim() === '' || Number.isInteger(Number(raw.trim().replace(',', '.')));

export interface LogSetInput {
  weightKg: number;
  reps: number;
  rir: number | null;
}

/** A personal-record badge; the kinds (when known) are read out with it. */
export function PrBadge({ kinds }: { kinds?: RecordKind[] }) {
  const { t } = useTranslation();
  const said = kinds?.length ? kinds.map((k) => t(`workouts.pr.kinds.${k}`)).join(', ') : null;
  return (
    <span className="pr-badge" data-testid="pr-badge">
      <span aria-hidden="true">{t('workouts.pr.badge')}</span>
      <span className="visually-hidden">
        {t('workouts.pr.label')}
        {said ? `: ${said}` : ''}
      </span>
    </span>
  );
}

function SetForm({ name, initial, pending, onLog }: { name: string; initial: DoneSet | null; pending: boolean; onLog: (set: LogSetInput) => void }) {
  const { t } = useTranslation();
  const { weight } = useUnits();
  const say = useValidation();
  const [typedWeight, setTypedWeight] = useState(() => weight.input(initial?.weightKg));
  const [reps, setReps] = useState(initial ? String(initial.reps) : '');
  const [rpe, setRpe] = useState('');
  const [tried, setTried] = useState(false);
  const weightLimit = weight.limit(limitOf('AddSetDto', 'weightKg'));
  const repsLimit = limitOf('AddSetDto', 'reps');
  const weightCheck = check(weightLimit, typedWeight, 'number');
  const repsCheck = check(repsLimit, reps, 'number');
  const fraction = !repsCheck && !isWhole(reps);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const weightKg = weight.parse(typedWeight);
    if (weightCheck || repsCheck || fraction || weightKg === null) return;
    onLog({ weightKg, reps: Number(reps), rir: rpe ? rpeToRir(Number(rpe)) : null });
  };
  return (
    <form className="set-form" onSubmit={submit} noValidate aria-label={t('workouts.session.logSetFor', { exercise: name })}>
      <Field label={t('workouts.session.weight', { unit: weight.unit })} error={tried ? say(weightCheck) : null}>
        {(p) => <input {...p} type="number" inputMode="decimal" step={weight.step} {...inputLimits(weightLimit)} value={typedWeight} onChange={(e) => setTypedWeight(e.target.value)} />}
      </Field>
      <Field label={t('workouts.session.reps')} error={tried ? (say(repsCheck) ?? (fraction ? t('workouts.whole') : null)) : null}>
        {(p) => <input {...p} type="number" inputMode="numeric" step={1} {...inputLimits(repsLimit)} value={reps} onChange={(e) => setReps(e.target.value)} />}
      </Field>
      <Field label={t('workouts.session.rpeLabel')}>
        {(p) => (
          <select {...p} value={rpe} onChange={(e) => setRpe(e.target.value)}>
            <option value="">{t('workouts.session.rpeNone')}</option>
            {RPE_STEPS.map((v) => (
              <option key={v} value={String(v)}>
                {v}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="btn primary" disabled={pending}>
        {t('workouts.session.logSet')}
      </button>
    </form>
  );
}

/** One exercise of a session: its plan, the sets logged (with PR badges), the outlook and the next set's form. */
export function ExerciseBlock({
  name,
  plan,
  sets,
  prKinds,
  finished,
  pending,
  onLog,
  onRemove,
}: {
  name: string;
  plan: RoutineExercise | null;
  sets: WorkoutSet[];
  prKinds: Record<string, RecordKind[]>;
  finished: boolean;
  pending: boolean;
  onLog: (set: LogSetInput) => void;
  /** Removes a set logged by mistake (`n` is its number within this exercise, as shown). */
  onRemove?: (set: WorkoutSet, n: number) => void;
}) {
  const { t } = useTranslation();
  const { weight } = useUnits();
  const id = useId();
  const done = sets.map((s) => ({ reps: s.reps, weightKg: s.weightKg }));
  const outlook = plan && !finished ? progressionOutlook(plan, done) : { kind: 'none' as const };
  const planned = plan?.sets.map((s) => t('workouts.session.planSet', { reps: s.reps, weight: weight.format(s.weightKg) })).join(', ');
  return (
    <section className="card" aria-labelledby={`${id}-name`} data-testid="exercise-block">
      <h2 id={`${id}-name`}>{name}</h2>
      {planned && !finished && <p className="hint">{t('workouts.session.plan', { sets: planned })}</p>}
      {sets.length === 0 ? (
        <p className="hint">{t('workouts.session.noSets')}</p>
      ) : (
        <ol className="set-list" aria-label={t('workouts.session.setsDone')}>
          {sets.map((s, i) => (
            <li key={s.id}>
              <span>
                {t('workouts.session.set', { n: i + 1, weight: weight.format(s.weightKg), reps: s.reps })}
                {s.rir !== null && <span className="hint"> · {t('workouts.session.rpe', { rpe: rirToRpe(s.rir) })}</span>}
                {s.isPr && <PrBadge kinds={prKinds[s.id]} />}
              </span>
              {onRemove && (
                <button type="button" className="btn small" onClick={() => onRemove(s, i + 1)} aria-label={t('workouts.session.removeSet', { n: i + 1, exercise: name })}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {outlook.kind === 'on-track' && (
        <p className="outlook" data-testid="outlook">
          {t('workouts.outlook.onTrack', {
            count: outlook.left,
            reps: plan?.sets[Math.min(sets.length, plan.sets.length - 1)]?.reps,
            weight: weight.format(outlook.workingKg),
            next: weight.format(outlook.nextKg),
          })}
        </p>
      )}
      {outlook.kind === 'progress' && (
        <p className="outlook ok" data-testid="outlook">
          {t('workouts.outlook.progress', { from: weight.format(outlook.fromKg), to: weight.format(outlook.toKg) })}
        </p>
      )}
      {outlook.kind === 'repeat' && (
        <p className="outlook" data-testid="outlook">
          {t('workouts.outlook.repeat', { weight: weight.format(outlook.workingKg) })}
        </p>
      )}
      {!finished && <SetForm key={sets.length} name={name} initial={suggestedSet(plan, done)} pending={pending} onLog={onLog} />}
    </section>
  );
}
