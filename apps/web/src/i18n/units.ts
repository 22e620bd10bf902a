import {
  type BodyQuantity,
  type DisplayUnit,
  type UnitSystem,
  cmToFeetInches,
  displayUnit,
  feetInchesToCm,
  fromDisplay,
  toDisplay,
} from '@welness/nutrition';
import type { Limit } from '../api/limits';

export type { BodyQuantity, DisplayUnit, UnitSystem };

/**
 * What the API is sent: weight in kg to the gram, length in cm to 0.1 mm, distance in m to the
 * decimetre. Fine enough that a value typed in lb, in or mi reads back exactly as typed.
 */
const STORED_DECIMALS: Record<BodyQuantity, number> = { weight: 3, length: 2, distance: 1 };
/** What is shown: 81.6 kg / 180 lb, 81.3 cm / 32 in, 5.25 km / 3.26 mi. */
export const SHOWN_DECIMALS: Record<BodyQuantity, number> = { weight: 1, length: 1, distance: 2 };

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** A typed number, with a comma or a point as the decimal separator; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A stored metric value in the person's unit, rounded for showing. */
export function shownValue(quantity: BodyQuantity, metric: number, system: UnitSystem, decimals = SHOWN_DECIMALS[quantity]): number {
  return round(toDisplay(quantity, metric, system), decimals);
}

/** The text an input starts with for a stored value ("" for none). */
export function inputText(quantity: BodyQuantity, metric: number | null | undefined, system: UnitSystem): string {
  return metric === null || metric === undefined ? '' : String(shownValue(quantity, metric, system));
}

/** What the person typed (in their unit) as the metric value the API takes; null when empty or not a number. */
export function toStored(quantity: BodyQuantity, typed: string, system: UnitSystem): number | null {
  const n = parseDecimal(typed);
  return n === null ? null : round(fromDisplay(quantity, n, system), STORED_DECIMALS[quantity]);
}

/**
 * An API limit (metric) restated in the person's unit, so the form checks and says "Enter
 * 1102.3 or less" in lb. Bounds are rounded inwards: a value inside them is inside the API's.
 */
export function limitIn(quantity: BodyQuantity, limit: Limit, system: UnitSystem): Limit {
  const d = SHOWN_DECIMALS[quantity];
  const f = 10 ** d;
  const up = (v: number | undefined) => (v === undefined ? undefined : Math.ceil(round(toDisplay(quantity, v, system) * f, 6)) / f);
  const down = (v: number | undefined) => (v === undefined ? undefined : Math.floor(round(toDisplay(quantity, v, system) * f, 6)) / f);
  const out: Limit = { ...limit };
  if (limit.minimum !== undefined) out.minimum = up(limit.minimum);
  if (limit.exclusiveMinimum !== undefined) out.exclusiveMinimum = up(limit.exclusiveMinimum);
  if (limit.maximum !== undefined) out.maximum = down(limit.maximum);
  if (limit.exclusiveMaximum !== undefined) out.exclusiveMaximum = down(limit.exclusiveMaximum);
  return out;
}

/** A height as the inputs show it: one centimetre field, or feet and inches. */
export interface HeightText {
  cm: string;
  feet: string;
  inches: string;
}

export function heightText(cm: number | null | undefined, system: UnitSystem): HeightText {
  if (cm === null || cm === undefined) return { cm: '', feet: '', inches: '' };
  if (system === 'metric') return { cm: String(round(cm, 1)), feet: '', inches: '' };
  const { feet, inches } = cmToFeetInches(cm, 1);
  return { cm: '', feet: String(feet), inches: String(inches) };
}

/**
 * The typed height in cm: null when nothing is typed, NaN when something typed is not a
 * number. In feet and inches either part may be left empty (6 ft, or 70 in).
 */
export function heightToStored(text: HeightText, system: UnitSystem): number | null {
  if (system === 'metric') {
    if (text.cm.trim() === '') return null;
    const cm = parseDecimal(text.cm);
    return cm === null ? Number.NaN : round(cm, 1);
  }
  if (text.feet.trim() === '' && text.inches.trim() === '') return null;
  const feet = text.feet.trim() === '' ? 0 : parseDecimal(text.feet);
  const inches = text.inches.trim() === '' ? 0 : parseDecimal(text.inches);
  if (feet === null || inches === null || feet < 0 || inches < 0) return Number.NaN;
  return round(feetInchesToCm({ feet, inches }), 1);
}

export { displayUnit };
