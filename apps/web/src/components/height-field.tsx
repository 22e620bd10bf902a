import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeightText, UnitSystem } from '../i18n/units';

/**
 * A height typed the person's way: one centimetre field, or feet and inches grouped under one
 * legend (each input labelled, so a screen reader says "Height, Feet"). The caller keeps the
 * text (`useUnits().height.text(cm)`) and turns it into cm on submit (`…height.parse(text)`).
 */
export function HeightField({
  system,
  value,
  onChange,
  error,
}: {
  system: UnitSystem;
  value: HeightText;
  onChange: (next: HeightText) => void;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const invalid = error ? true : undefined;
  const errorText = error && (
    <p id={errorId} className="bad field-error">
      {error}
    </p>
  );
  if (system === 'metric') {
    return (
      <div className="field">
        <label htmlFor={`${id}-cm`}>{t('settings.height', { unit: 'cm' })}</label>
        <input
          id={`${id}-cm`}
          type="number"
          inputMode="decimal"
          min={50}
          max={272}
          step={0.1}
          value={value.cm}
          aria-invalid={invalid}
          aria-describedby={errorId}
          onChange={(e) => onChange({ ...value, cm: e.target.value })}
        />
        {errorText}
      </div>
    );
  }
  return (
    <fieldset className="field height-field" aria-describedby={errorId}>
      <legend>{t('settings.height', { unit: 'ft, in' })}</legend>
      <div className="row">
        <label className="unit-input">
          <span>{t('units.feet')}</span>
          <input type="number" inputMode="numeric" min={0} max={8} step={1} value={value.feet} aria-invalid={invalid} onChange={(e) => onChange({ ...value, feet: e.target.value })} />
        </label>
        <label className="unit-input">
          <span>{t('units.inches')}</span>
          <input type="number" inputMode="decimal" min={0} max={11.9} step={0.1} value={value.inches} aria-invalid={invalid} onChange={(e) => onChange({ ...value, inches: e.target.value })} />
        </label>
      </div>
      {errorText}
    </fieldset>
  );
}
