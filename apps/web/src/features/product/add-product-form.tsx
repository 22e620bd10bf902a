import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { type Slot } from '../../api/tracking.api';
import { useAddEntry } from '../../hooks/use-diary';
import { useToday } from '../../hooks/use-today';
import { Field } from '../auth/auth-form';
import { slotForHour } from './log-product-form';

const NUMBERS = ['energyKcal', 'proteinG', 'carbohydratesG', 'fatG', 'sugarsG', 'saltG'] as const;
type NumberKey = (typeof NUMBERS)[number];

/**
 * An unknown barcode: the user copies the label's values (per 100 g) and logs what they ate.
 * The food is saved to their own foods so the next time it is one tap.
 */
export function AddProductForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = useToday();
  const log = useAddEntry(today);
  const [name, setName] = useState('');
  const [brand, setBrand] = useState('');
  const [grams, setGrams] = useState('100');
  const [values, setValues] = useState<Record<NumberKey, string>>({ energyKcal: '', proteinG: '', carbohydratesG: '', fatG: '', sugarsG: '', saltG: '' });
  const num = (k: NumberKey) => Number(values[k] || '0');
  const valid = name.trim() !== '' && values.energyKcal !== '' && NUMBERS.every((k) => Number.isFinite(num(k)) && num(k) >= 0) && Number(grams) > 0;
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/foods', {
          body: {
            name: name.trim(),
            brand: brand.trim() || null,
            per100: Object.fromEntries(NUMBERS.map((k) => [k, num(k)])) as Record<NumberKey, number>,
          },
        }),
      ),
    onSuccess: (food) => {
      const slot: Slot = slotForHour(new Date().getHours());
      const quantity = Number(grams);
      log.mutate(
        { entry: { kind: 'food', foodId: food.id, quantity, unit: 'g', slot, note: code }, preview: { name: food.name, energyKcal: (num('energyKcal') * quantity) / 100 } },
        { onSuccess: () => void navigate('/diary') },
      );
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) save.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="add-product-title">
      <h2 id="add-product-title">{t('product.addIt')}</h2>
      <p className="hint">{t('product.addHint', { code })}</p>
      <div className="grid-2">
        <Field label={t('product.name')}>{(p) => <input {...p} required value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t('product.brand')}>{(p) => <input {...p} value={brand} onChange={(e) => setBrand(e.target.value)} />}</Field>
        {NUMBERS.map((k) => (
          <Field key={k} label={t(`product.labelValues.${k}`)}>
            {(p) => (
              <input {...p} type="number" min={0} step="any" inputMode="decimal" value={values[k]} onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))} />
            )}
          </Field>
        ))}
        <Field label={t('diary.portion')}>
          {(p) => <input {...p} type="number" min={1} step="any" inputMode="decimal" value={grams} onChange={(e) => setGrams(e.target.value)} />}
        </Field>
      </div>
      {(save.isError || log.isError) && (
        <p role="alert" className="bad">
          {t('state.error')}
        </p>
      )}
      <button type="submit" className="btn primary" disabled={!valid || save.isPending || log.isPending}>
        {t('product.saveAndLog')}
      </button>
    </form>
  );
}
