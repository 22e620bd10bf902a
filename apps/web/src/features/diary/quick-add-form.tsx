import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Slot, SLOTS } from '../../api/tracking.api';
import { useAddEntry } from '../../hooks/use-diary';
import { Field } from '../auth/auth-form';

/** Log something by its calories alone (a meal out, a homemade dish). */
export function QuickAddForm({ date, defaultSlot = 'snacks' }: { date: string; defaultSlot?: Slot }) {
  const { t } = useTranslation();
  const add = useAddEntry(date);
  const [name, setName] = useState('');
  const [kcal, setKcal] = useState('');
  const [slot, setSlot] = useState<Slot>(defaultSlot);
  const energy = Number(kcal);
  const valid = name.trim().length > 0 && Number.isFinite(energy) && energy >= 0 && kcal !== '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    add.mutate(
      { entry: { kind: 'quick', quantity: 1, unit: 'serving', slot, quick: { name: name.trim(), energyKcal: energy } }, preview: { name: name.trim(), energyKcal: energy } },
      { onSuccess: () => (setName(''), setKcal('')) },
    );
  };
  return (
    <form className="stack quick-add" onSubmit={submit}>
      <h2>{t('diary.quickAdd')}</h2>
      <div className="grid-2">
        <Field label={t('diary.foodName')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t('diary.energyKcal')}>
          {(p) => <input {...p} type="number" min={0} inputMode="numeric" value={kcal} onChange={(e) => setKcal(e.target.value)} />}
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
          {t('state.error')}
        </p>
      )}
      <button type="submit" className="btn primary" disabled={!valid || add.isPending}>
        {t('diary.add')}
      </button>
    </form>
  );
}
