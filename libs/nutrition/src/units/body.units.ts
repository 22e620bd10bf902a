/**
 * Body and distance units: the API stores metric (kg, cm, m); a person may read and type
 * imperial (lb, ft + in, in, mi). Exact definitions (International yard and pound, 1959).
 */
export type UnitSystem = 'metric' | 'imperial';

export const UNIT_SYSTEMS: readonly UnitSystem[] = ['metric', 'imperial'];

/** 1 lb = 0.45359237 kg exactly. */
export const KG_PER_LB = 0.45359237;
/** 1 in = 2.54 cm exactly. */
export const CM_PER_IN = 2.54;
export const IN_PER_FT = 12;
/** 1 mi = 1609.344 m exactly. */
export const M_PER_MI = 1609.344;

export const kgToLb = (kg: number): number => kg / KG_PER_LB;
export const lbToKg = (lb: number): number => lb * KG_PER_LB;
export const cmToIn = (cm: number): number => cm / CM_PER_IN;
export const inToCm = (inches: number): number => inches * CM_PER_IN;
export const metresToMiles = (m: number): number => m / M_PER_MI;
export const milesToMetres = (mi: number): number => mi * M_PER_MI;

export interface FeetInches {
  feet: number;
  inches: number;
}

/**
 * A height in whole feet and the inches left, the inches rounded to `inchDecimals` places.
 * Rounding never yields 12 inches: 5 ft 11.97 in becomes 6 ft 0 in.
 */
export function cmToFeetInches(cm: number, inchDecimals = 0): FeetInches {
  if (!Number.isFinite(cm) || cm < 0) throw new RangeError('height must be a finite, non-negative number');
  const factor = 10 ** inchDecimals;
  const totalInches = Math.round(cmToIn(cm) * factor) / factor;
  const feet = Math.floor(totalInches / IN_PER_FT + 1e-9);
  const inches = Math.round((totalInches - feet * IN_PER_FT) * factor) / factor;
  return { feet, inches: Math.max(0, inches) };
}

export function feetInchesToCm({ feet, inches }: FeetInches): number {
  return inToCm(feet * IN_PER_FT + inches);
}

/** What each body quantity is shown in, per unit system. */
export type BodyQuantity = 'weight' | 'length' | 'distance';
export type DisplayUnit = 'kg' | 'lb' | 'cm' | 'in' | 'km' | 'mi';

/** Stored (metric) units: weight in kg, length (height, waist, …) in cm, distance in metres. */
const DISPLAY_UNIT: Record<BodyQuantity, Record<UnitSystem, DisplayUnit>> = {
  weight: { metric: 'kg', imperial: 'lb' },
  length: { metric: 'cm', imperial: 'in' },
  distance: { metric: 'km', imperial: 'mi' },
};

export function displayUnit(quantity: BodyQuantity, system: UnitSystem): DisplayUnit {
  return DISPLAY_UNIT[quantity][system];
}

/** A stored metric value (kg, cm or m) in the unit the person reads. */
export function toDisplay(quantity: BodyQuantity, metric: number, system: UnitSystem): number {
  switch (quantity) {
    case 'weight':
      return system === 'imperial' ? kgToLb(metric) : metric;
    case 'length':
      return system === 'imperial' ? cmToIn(metric) : metric;
    case 'distance':
      return system === 'imperial' ? metresToMiles(metric) : metric / 1000;
  }
}

/** A value typed in the person's unit, back to the stored metric unit (kg, cm or m). */
export function fromDisplay(quantity: BodyQuantity, shown: number, system: UnitSystem): number {
  switch (quantity) {
    case 'weight':
      return system === 'imperial' ? lbToKg(shown) : shown;
    case 'length':
      return system === 'imperial' ? inToCm(shown) : shown;
    case 'distance':
      return system === 'imperial' ? milesToMetres(shown) : shown * 1000;
  }
}
