import { cmToFeetInches } from '@welness/nutrition';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Limit } from '../api/limits';
import { useSession } from '../app/session-context';
import { numberFormat } from '../i18n/intl-cache';
import {
  type BodyQuantity,
  type DisplayUnit,
  type HeightText,
  SHOWN_DECIMALS,
  type UnitSystem,
  displayUnit,
  heightText,
  heightToStored,
  inputText,
  limitIn,
  shownValue,
  toStored,
} from '../i18n/units';

/** One body quantity (weight, length, distance) in the signed-in person's units. */
export interface QuantityUnits {
  /** "kg" | "lb", "cm" | "in", "km" | "mi": also the label to put beside an input. */
  unit: DisplayUnit;
  /** Stored metric value → the number shown (rounded). */
  shown: (metric: number, decimals?: number) => number;
  /** Stored metric value → "180 lb", in the current language's number format. */
  format: (metric: number, decimals?: number) => string;
  /** Stored metric value → an input's starting text ("" for null). */
  input: (metric: number | null | undefined) => string;
  /** Typed text in the person's unit → the metric value for the API; null if empty or not a number. */
  parse: (typed: string) => number | null;
  /** The API's metric limit for the field, restated in the person's unit. */
  limit: (metricLimit: Limit) => Limit;
  /** The input's step (0.1 lb, 0.1 cm, 0.01 mi). */
  step: number;
}

export interface Units {
  system: UnitSystem;
  /** Body weight and weights lifted: stored kg. */
  weight: QuantityUnits;
  /** Measurements (waist, hips, …): stored cm. */
  length: QuantityUnits;
  /** Distances: stored metres, shown in km or mi. */
  distance: QuantityUnits;
  /** Height: stored cm, shown as "178 cm" or "5 ft 10 in", typed in cm or in feet and inches. */
  height: {
    format: (cm: number) => string;
    text: (cm: number | null | undefined) => HeightText;
    /** null when nothing is typed, NaN when the text is not a height. */
    parse: (text: HeightText) => number | null;
  };
}

/**
 * The signed-in person's units (Settings → Units, stored on the profile as `unitSystem`, so
 * every device and the Telegram bot agree). The API always speaks metric; this converts at
 * the edges: what is shown, and what is typed before it is sent.
 */
export function useUnits(): Units {
  const session = useSession();
  const system: UnitSystem = session.status === 'signed-in' ? session.me.unitSystem : 'metric';
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const number = (value: number, decimals: number) => numberFormat(language, { maximumFractionDigits: decimals }).format(value);
    const quantity = (q: BodyQuantity): QuantityUnits => {
      const unit = displayUnit(q, system);
      return {
        unit,
        shown: (metric, decimals) => shownValue(q, metric, system, decimals),
        format: (metric, decimals = SHOWN_DECIMALS[q]) => t(`units.${unit}`, { value: number(shownValue(q, metric, system, decimals), decimals) }),
        input: (metric) => inputText(q, metric, system),
        parse: (typed) => toStored(q, typed, system),
        limit: (metricLimit) => limitIn(q, metricLimit, system),
        step: 10 ** -SHOWN_DECIMALS[q],
      };
    };
    return {
      system,
      weight: quantity('weight'),
      length: quantity('length'),
      distance: quantity('distance'),
      height: {
        format: (cm) => {
          if (system === 'metric') return t('units.cm', { value: number(cm, 0) });
          const { feet, inches } = cmToFeetInches(cm);
          return t('units.ftIn', { feet: number(feet, 0), inches: number(inches, 0) });
        },
        text: (cm) => heightText(cm, system),
        parse: (text) => heightToStored(text, system),
      },
    };
  }, [system, language, t]);
}
