import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Product } from '../../api/products.api';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { type Slot, SLOTS } from '../../api/tracking.api';
import { useAddEntry } from '../../hooks/use-diary';
import { useValidation } from '../../hooks/use-validation';
import { useToday } from '../../hooks/use-today';
import { Field } from '../auth/auth-form';

/** A sensible default meal for the hour the user logs at. */
export function slotForHour(hour: number): Slot {
  if (hour < 11) return 'breakfast';
  if (hour < 16) return 'lunch';
  if (hour < 21) return 'dinner';
  return 'snacks';
}

/** Logs the product in one step: the serving (or 100 g) into the current meal. */
export function LogProductForm({ product }: { product: Product }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = useToday();
  const add = useAddEntry(today);
  const [grams, setGrams] = useState(String(product.servingQuantityG ?? 100));
  const [slot, setSlot] = useState<Slot>(slotForHour(new Date().getHours()));
  const amount = Number(grams);
  const say = useValidation();
  const limit = limitOf('CreateEntryDto', 'quantity');
  const gramsCheck = check(limit, grams, 'number');
  const server = serverFieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (gramsCheck) return;
    const kcal100 = product.nutrientsPer100g.energyKcal ?? 0;
    add.mutate(
      {
        entry: { kind: 'product', barcode: product.code, quantity: amount, unit: 'g', slot },
        preview: { name: product.name ?? product.code, energyKcal: (kcal100 * amount) / 100 },
      },
      { onSuccess: () => void navigate('/') },
    );
  };
  return (
    <form className="stack log-product" onSubmit={submit} noValidate>
      <div className="grid-2">
        <Field label={t('diary.portion')} error={say(gramsCheck, server.quantity)}>
          {(p) => <input {...p} type="number" {...inputLimits(limit)} step="any" inputMode="decimal" value={grams} onChange={(e) => setGrams(e.target.value)} />}
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
      <button type="submit" className="btn primary" disabled={!!gramsCheck || add.isPending}>
        {t('product.logIt')}
      </button>
    </form>
  );
}
