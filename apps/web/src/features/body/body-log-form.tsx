import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { useLogBody } from '../../hooks/use-body';
import { useUnits } from '../../hooks/use-units';
import { useValidation } from '../../hooks/use-validation';
import { Field } from '../auth/auth-form';

/** Weight (with body fat) and waist for a day, typed in the person's units, sent metric. */
export function BodyLogForm({ today }: { today: string }) {
  const { t } = useTranslation();
  const { weight, length } = useUnits();
  const say = useValidation();
  const logBody = useLogBody();
  const [date, setDate] = useState(today);
  const [typedWeight, setTypedWeight] = useState('');
  const [fat, setFat] = useState('');
  const [waist, setWaist] = useState('');
  const [tried, setTried] = useState(false);
  const weightLimit = weight.limit(limitOf('LogWeightDto', 'weightKg'));
  const fatLimit = limitOf('LogWeightDto', 'bodyFatPercent');
  const waistLimit = length.limit({ ...limitOf('AddMeasurementDto', 'value'), exclusiveMinimum: 0 });
  const checks = {
    date: date && date <= today ? null : ({ key: 'invalid', values: {} } as const),
    weight: check(weightLimit, typedWeight, 'number', false),
    fat: check(fatLimit, fat, 'number', false),
    waist: check(waistLimit, waist, 'number', false),
  };
  const fatWithoutWeight = fat.trim() !== '' && typedWeight.trim() === '';
  const nothing = !typedWeight.trim() && !waist.trim();
  const server = serverFieldErrors(logBody.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(checks).some(Boolean) || fatWithoutWeight || nothing) return;
    logBody.mutate(
      {
        date,
        weightKg: weight.parse(typedWeight),
        bodyFatPercent: fat.trim() ? Number(fat.replace(',', '.')) : null,
        waistCm: length.parse(waist),
      },
      {
        onSuccess: () => {
          setTried(false);
          setTypedWeight('');
          setFat('');
          setWaist('');
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="log-body-title">
      <h2 id="log-body-title">{t('body.log.title')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="grid-2">
          <Field label={t('body.log.date')} error={tried ? say(checks.date) : null}>
            {(p) => <input {...p} type="date" max={today} value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field label={t('body.log.weight', { unit: weight.unit })} error={tried ? say(checks.weight, server.weightKg) : null}>
            {(p) => <input {...p} type="number" inputMode="decimal" step={weight.step} {...inputLimits(weightLimit)} value={typedWeight} onChange={(e) => setTypedWeight(e.target.value)} />}
          </Field>
          <Field
            label={t('body.log.fat')}
            hint={t('body.log.fatHint')}
            error={tried ? (say(checks.fat, server.bodyFatPercent) ?? (fatWithoutWeight ? t('body.log.fatNeedsWeight') : null)) : null}
          >
            {(p) => <input {...p} type="number" inputMode="decimal" step={0.1} {...inputLimits(fatLimit)} value={fat} onChange={(e) => setFat(e.target.value)} />}
          </Field>
          <Field label={t('body.log.waist', { unit: length.unit })} error={tried ? say(checks.waist, server.value) : null}>
            {(p) => <input {...p} type="number" inputMode="decimal" step={length.step} {...inputLimits(waistLimit)} value={waist} onChange={(e) => setWaist(e.target.value)} />}
          </Field>
        </div>
        <div>
          <button type="submit" className="btn primary" disabled={logBody.isPending}>
            {t('body.log.save')}
          </button>
        </div>
        {tried && nothing && (
          <p role="alert" className="bad">
            {t('body.log.nothing')}
          </p>
        )}
        {logBody.isError && (
          <p role="alert" className="bad">
            {Object.keys(server).length ? t('validation.fix') : t('state.error')}
          </p>
        )}
        {logBody.isSuccess && (
          <p role="status" className="ok">
            {t('body.log.saved')}
          </p>
        )}
      </form>
    </section>
  );
}
