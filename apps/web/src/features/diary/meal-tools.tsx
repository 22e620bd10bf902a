import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Slot, SLOTS } from '../../api/tracking.api';
import { useCopyDiary, useSaveMeal } from '../../hooks/use-recipes';
import { useValidation } from '../../hooks/use-validation';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import { shiftDay } from './diary-page';
import './diary.strings';

/** Where a copy goes by default: the day after, unless that is past today (then the day before). */
export function defaultCopyTarget(date: string, today: string): string {
  const next = shiftDay(date, 1);
  return next <= today ? next : shiftDay(date, -1);
}

function CopiedNote({ count, date }: { count: number; date: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const day = f.date(`${date}T12:00:00`, { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <p role="status" className="ok">
      {t('diaryTools.copied', { count, date: day })} <Link to={`/diary?date=${date}`}>{t('diaryTools.openDay', { date: day })}</Link>
    </p>
  );
}

/** Copies the whole day to another day (entries keep the nutrients they were logged with). */
export function DayCopy({ date, today }: { date: string; today: string }) {
  const { t } = useTranslation();
  const [to, setTo] = useState(() => defaultCopyTarget(date, today));
  const copy = useCopyDiary();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (to && to !== date) copy.mutate({ fromDate: date, toDate: to });
  };
  return (
    <details className="day-copy">
      <summary>{t('diaryTools.copyDay')}</summary>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label={t('diaryTools.toDate')} error={to === date ? t('diaryTools.sameDay') : null}>
          {(p) => <input {...p} type="date" required value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
        <button type="submit" className="btn" disabled={copy.isPending || !to || to === date}>
          {t('diaryTools.copyDayButton')}
        </button>
        {copy.isError && (
          <p role="alert" className="bad">
            {copy.error.message}
          </p>
        )}
        {copy.isSuccess && <CopiedNote count={copy.data.length} date={copy.variables.toDate} />}
      </form>
    </details>
  );
}

/** A logged meal's options: save it under a name, or copy it into a meal of another day. */
export function SlotTools({ date, slot, today }: { date: string; slot: Slot; today: string }) {
  const { t } = useTranslation();
  const say = useValidation();
  const meal = t(`diary.slots.${slot}`);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [to, setTo] = useState(() => defaultCopyTarget(date, today));
  const [toSlot, setToSlot] = useState<Slot>(slot);
  const save = useSaveMeal();
  const copy = useCopyDiary();
  const nameCheck = name.trim() ? (name.trim().length > 200 ? { key: 'maxLength' as const, values: { max: 200 } } : null) : { key: 'required' as const };
  const submitSave = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!nameCheck) save.mutate({ name: name.trim(), date, slot }, { onSuccess: () => (setName(''), setTried(false)) });
  };
  const same = to === date && toSlot === slot;
  const submitCopy = (e: FormEvent) => {
    e.preventDefault();
    if (to && !same) copy.mutate({ fromDate: date, fromSlot: slot, toDate: to, toSlot });
  };
  return (
    <details className="slot-tools">
      <summary>{t('diaryTools.mealOptions', { meal })}</summary>
      <form className="stack" onSubmit={submitSave} noValidate data-testid="save-meal">
        <h3>{t('diaryTools.saveAsMeal')}</h3>
        <Field label={t('diaryTools.mealName')} error={say(tried ? nameCheck : null)}>
          {(p) => <input {...p} maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="btn" disabled={save.isPending}>
          {t('diaryTools.saveMeal')}
        </button>
        {save.isError && (
          <p role="alert" className="bad">
            {save.error.message}
          </p>
        )}
        {save.isSuccess && (
          <p role="status" className="ok">
            {t('diaryTools.mealSaved', { name: save.data.name })}
          </p>
        )}
      </form>
      <form className="stack" onSubmit={submitCopy} noValidate data-testid="copy-meal">
        <h3>{t('diaryTools.copyMeal')}</h3>
        <div className="grid-2">
          <Field label={t('diaryTools.toDate')} error={same ? t('diaryTools.sameDay') : null}>
            {(p) => <input {...p} type="date" required value={to} onChange={(e) => setTo(e.target.value)} />}
          </Field>
          <Field label={t('diaryTools.toMeal')}>
            {(p) => (
              <select {...p} value={toSlot} onChange={(e) => setToSlot(e.target.value as Slot)}>
                {SLOTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`diary.slots.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" className="btn" disabled={copy.isPending || !to || same}>
          {t('diaryTools.copyMealButton', { meal })}
        </button>
        {copy.isError && (
          <p role="alert" className="bad">
            {copy.error.message}
          </p>
        )}
        {copy.isSuccess && <CopiedNote count={copy.data.length} date={copy.variables.toDate} />}
      </form>
    </details>
  );
}
