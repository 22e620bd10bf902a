import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Invalid, check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { ApiError } from '../../api/problem';
import { addProduct } from '../../api/products.api';
import { queryKeys } from '../../api/query-keys';
import { type Slot } from '../../api/tracking.api';
import { useAddEntry } from '../../hooks/use-diary';
import { useToday } from '../../hooks/use-today';
import { useValidation } from '../../hooks/use-validation';
import { Field } from '../auth/auth-form';
import { slotForHour } from './log-product-form';

/** Form fields and the label field (per 100 g) each one fills. */
const NUMBERS = [
  ['energyKcal', 'energyKcal'],
  ['proteinG', 'proteins'],
  ['carbohydratesG', 'carbohydrates'],
  ['fatG', 'fat'],
  ['sugarsG', 'sugars'],
  ['saltG', 'salt'],
] as const;
type NumberKey = (typeof NUMBERS)[number][0];

/**
 * An unknown barcode: the user copies the label's values (per 100 g) and logs what they ate.
 * The product is stored under its barcode (the user-products path), so scanning or searching
 * it again finds it; shared, everyone finds it. Saving replaces the user's product for that
 * code and the diary write carries one idempotency key per form, so a retry after a failure
 * stores neither the product nor the entry twice.
 */
export function AddProductForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = useToday();
  const client = useQueryClient();
  const log = useAddEntry(today);
  const [entryKey] = useState(() => crypto.randomUUID());
  const [name, setName] = useState('');
  const [brand, setBrand] = useState('');
  const [grams, setGrams] = useState('100');
  const [shared, setShared] = useState(false);
  const [values, setValues] = useState<Record<NumberKey, string>>({ energyKcal: '', proteinG: '', carbohydratesG: '', fatG: '', sugarsG: '', saltG: '' });
  const num = (k: NumberKey) => Number(values[k] || '0');
  const [tried, setTried] = useState(false);
  const say = useValidation();
  // The API's limits per field (OpenAPI schema): the label values and the portion.
  const labelLimit = (label: string) => limitOf('LabelNutrientsDto', label);
  const portionLimit = limitOf('CreateEntryDto', 'quantity');
  const checks: Record<string, Invalid | null> = {
    name: check(limitOf('CreateUserProductDto', 'name'), name, 'text'),
    portion: check(portionLimit, grams, 'number'),
    ...Object.fromEntries(NUMBERS.map(([k, label]) => [label, check(labelLimit(label), values[k], 'number', k === 'energyKcal')])),
  };
  const valid = Object.values(checks).every((c) => c === null);
  const save = useMutation({
    mutationFn: () =>
      addProduct({
        code,
        name: name.trim(),
        brands: brand.trim() ? [brand.trim()] : [],
        nutrientsPer100g: Object.fromEntries(NUMBERS.map(([k, label]) => [label, num(k)])) as { fat: number; carbohydrates: number; proteins: number },
        shared,
      }),
    onSuccess: (product) => {
      saved.current = true;
      const slot: Slot = slotForHour(new Date().getHours());
      const quantity = Number(grams);
      log.mutate(
        {
          entry: { kind: 'product', barcode: product.code, quantity, unit: 'g', slot },
          preview: { name: product.name ?? name, energyKcal: (num('energyKcal') * quantity) / 100 },
          idempotencyKey: entryKey,
        },
        {
          onSuccess: () => {
            forgetUnknown();
            void navigate('/diary');
          },
        },
      );
    },
  });
  // The cached "unknown" answer for this code (and searches) is stale once the product is
  // saved; refreshed only when the form goes, so a failed diary write leaves it here to retry.
  const saved = useRef(false);
  const forgetUnknown = () => void client.invalidateQueries({ queryKey: queryKeys.products.all });
  useEffect(() => () => void (saved.current && forgetUnknown()), []);
  const server = serverFieldErrors(save.error);
  const shown = (field: string, path: string) => say(tried ? checks[field] : null, server[path]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (valid) save.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="add-product-title" noValidate>
      <h2 id="add-product-title">{t('product.addIt')}</h2>
      <p className="hint">{t('product.addHint', { code })}</p>
      <div className="grid-2">
        <Field label={t('product.name')} error={shown('name', 'name')}>
          {(p) => <input {...p} required {...inputLimits(limitOf('CreateUserProductDto', 'name'))} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('product.brand')}>{(p) => <input {...p} maxLength={100} value={brand} onChange={(e) => setBrand(e.target.value)} />}</Field>
        {NUMBERS.map(([k, label]) => (
          <Field key={k} label={t(`product.labelValues.${k}`)} error={shown(label, `nutrientsPer100g.${label}`)}>
            {(p) => (
              <input {...p} type="number" {...inputLimits(labelLimit(label))} step="any" inputMode="decimal" value={values[k]} onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))} />
            )}
          </Field>
        ))}
        <Field label={t('diary.portion')} error={say(tried ? checks.portion : null, serverFieldErrors(log.error).quantity)}>
          {(p) => <input {...p} type="number" {...inputLimits(portionLimit)} step="any" inputMode="decimal" value={grams} onChange={(e) => setGrams(e.target.value)} />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> {t('product.shareIt')}
      </label>
      {save.isError && (
        <p role="alert" className="bad">
          {say(server.nutrientsPer100g) ??
            (save.error instanceof ApiError && save.error.status === 409 ? t('product.alreadyKnown') : Object.keys(server).length ? t('validation.fix') : t('state.error'))}
        </p>
      )}
      {log.isError && (
        <p role="alert" className="bad">
          {t('product.logFailed')}
        </p>
      )}
      <button type="submit" className="btn primary" disabled={save.isPending || log.isPending}>
        {t('product.saveAndLog')}
      </button>
    </form>
  );
}
