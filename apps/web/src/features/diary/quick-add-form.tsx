import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { type Slot, SLOTS } from '../../api/tracking.api';
import { useAddEntry } from '../../hooks/use-diary';
import { useValidation } from '../../hooks/use-validation';
import { Field } from '../auth/auth-form';

/** Log something by its calories alone (a meal out, a homemade dish). */
export function QuickAddForm({ date, defaultSlot = 'snacks' }: { date: string; defaultSlot?: Slot }) {
  const { t } = useTranslation();
  const add = useAddEntry(date);
  const [name, setName] = useState('');
  const [kcal, setKcal] = useState('');
  const [slot, setSlot] = useState<Slot>(defaultSlot);
  const [tried, setTried] = useState(false);
  const say = useValidation();
  const energy = Number(kcal);
  // The same limits the API applies (from its OpenAPI schema), said beside the field.
  const nameLimit = limitOf('QuickAddDto', 'name');
  const kcalLimit = limitOf('QuickAddDto', 'energyKcal');
  const nameCheck = check(nameLimit, name, 'text');
  const kcalCheck = check(kcalLimit, kcal, 'number');
  const server = serverFieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (nameCheck || kcalCheck) return;
    add.mutate(
      { entry: { kind: 'quick', quantity: 1, unit: 'serving', slot, quick: { name: name.trim(), energyKcal: energy } }, preview: { name: name.trim(), energyKcal: energy } },
      { onSuccess: () => (setName(''), setKcal(''), setTried(false)) },
    );
  };
  return (
    <form className="stack quick-add" onSubmit={submit} noValidate>
      <h2>{t('diary.quickAdd')}</h2>
      <div className="grid-2">
        <Field label={t('diary.foodName')} error={say(tried ? nameCheck : null, server['quick.name'])}>
          {(p) => <input {...p} {...inputLimits(nameLimit)} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('diary.energyKcal')} error={say(tried ? kcalCheck : null, server['quick.energyKcal'])}>
          {(p) => <input {...p} type="number" {...inputLimits(kcalLimit)} inputMode="numeric" value={kcal} onChange={(e) => setKcal(e.target.value)} />}
        </Field>
        <Field label={t('diary.slot')}>
          {(p) => (
            <select {...p} value={slot} onChange={(e) => setSlot(e.target.value as Slot)}>
              {SLOTS.map((s) => (
                <option key={s} value={s}>
                  {t(`diary.slots.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {add.isError && (
        <p role="alert" className="bad">
          {Object.keys(server).length ? t('validation.fix') : t('state.error')}
        </p>
      )}
      <button type="submit" className="btn primary" disabled={add.isPending}>
        {t('diary.add')}
      </button>
    </form>
  );
}
