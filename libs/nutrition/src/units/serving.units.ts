/** Amount in one serving of a nutrient known per 100 g (or 100 ml). */
export function per100gToServing(valuePer100g: number, servingQuantityG: number): number {
  return (valuePer100g * servingQuantityG) / 100;
}

/** Amount per 100 g of a nutrient declared per serving. */
export function servingToPer100g(valuePerServing: number, servingQuantityG: number): number {
  if (servingQuantityG <= 0) throw new RangeError('serving quantity must be > 0');
  return (valuePerServing * 100) / servingQuantityG;
}

/**
 * Scales every known value of a per-100 g record to one serving; unknown (null) stays unknown
 * so that callers never mistake "not declared" for zero.
 */
export function scaleToServing<K extends string>(
  per100g: Readonly<Record<K, number | null>>,
  servingQuantityG: number,
): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const key of Object.keys(per100g) as K[]) {
    const value = per100g[key];
    out[key] = value === null ? null : per100gToServing(value, servingQuantityG);
  }
  return out;
}

/** Rounds for display; keeps full precision for anything computed afterwards. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
}
