import { normalizeGtin } from '@welness/nutrition';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Reason = 'empty' | 'non-digit' | 'too-short' | 'too-long' | 'checkDigit';

/** Returns the digits to look up, or why the input is not a barcode. */
export function validateManualCode(input: string): { ok: true; code: string } | { ok: false; reason: Reason } {
  const parsed = normalizeGtin(input);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  // In-store codes ("other") have no GS1 check digit to verify; retail ones must pass it.
  if (parsed.value.format !== 'other' && !parsed.value.checkDigitValid) return { ok: false, reason: 'checkDigit' };
  return { ok: true, code: parsed.value.digits };
}

export function ManualCodeForm({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<Reason | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateManualCode(value);
    if (result.ok) {
      setError(null);
      onCode(result.code);
    } else setError(result.reason);
  };
  return (
    <form className="manual-code" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-code`}>{t('scan.manualLabel')}</label>
      <div className="row">
        <input
          id={`${id}-code`}
          name="code"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error !== null}
        />
        <button type="submit" className="btn primary">
          {t('scan.manualSubmit')}
        </button>
      </div>
      <small id={`${id}-hint`}>{t('scan.manualHint')}</small>
      {error && (
        <p id={`${id}-error`} role="alert" className="bad">
          {t('scan.invalidCode', { reason: t(`scan.reasons.${error}`) })}
        </p>
      )}
    </form>
  );
}
