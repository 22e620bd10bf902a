export type MetricUnit = 'g' | 'ml';

export interface ParsedQuantity {
  /** Amount in grams (for masses) or millilitres (for volumes). */
  value: number;
  unit: MetricUnit;
}

const TO_METRIC: Readonly<Record<string, readonly [number, MetricUnit]>> = {
  mg: [0.001, 'g'],
  g: [1, 'g'],
  gr: [1, 'g'],
  grs: [1, 'g'],
  gram: [1, 'g'],
  grams: [1, 'g'],
  gramm: [1, 'g'],
  gramos: [1, 'g'],
  grammes: [1, 'g'],
  kg: [1000, 'g'],
  oz: [28.349523125, 'g'],
  onz: [28.349523125, 'g'],
  lb: [453.59237, 'g'],
  lbs: [453.59237, 'g'],
  ml: [1, 'ml'],
  cl: [10, 'ml'],
  dl: [100, 'ml'],
  l: [1000, 'ml'],
  lt: [1000, 'ml'],
  litre: [1000, 'ml'],
  liter: [1000, 'ml'],
  litres: [1000, 'ml'],
  liters: [1000, 'ml'],
  'fl oz': [29.5735295625, 'ml'],
  'fl. oz': [29.5735295625, 'ml'],
  floz: [29.5735295625, 'ml'],
};

// Longest units first so "fl oz" wins over "oz" and "kg" over "g".
const UNIT_PATTERN = Object.keys(TO_METRIC)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace('.', '\\.').replace(' ', '\\s*'))
  .join('|');
const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const AMOUNT_RE = new RegExp(`(?:(\\d+)\\s*[x×*]\\s*)?${NUMBER}\\s*(${UNIT_PATTERN})(?![a-z])`, 'i');
const PARENTHESIZED_RE = new RegExp(`\\(([^)]*)\\)`, 'g');

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function parseAmount(text: string): ParsedQuantity | null {
  const match = AMOUNT_RE.exec(text);
  if (!match) return null;
  const [, multiplier, amount, rawUnit] = match;
  if (amount === undefined || rawUnit === undefined) return null;
  const conversion = TO_METRIC[rawUnit.toLowerCase().replace(/\s+/g, ' ')];
  if (!conversion) return null;
  const count = multiplier === undefined ? 1 : Number(multiplier);
  const value = count * toNumber(amount) * conversion[0];
  return Number.isFinite(value) && value > 0 ? { value, unit: conversion[1] } : null;
}

/**
 * Parses free-text quantities as printed on packs ("0,33 L", "2 ONZ (57 g)", "6 x 25 cl").
 * A metric amount in parentheses wins, because US labels put the household measure first
 * ("1/3 cup (57 g)") and the metric one is the amount nutrition is declared against.
 */
export function parseQuantity(text: string | null | undefined): ParsedQuantity | null {
  if (!text) return null;
  for (const group of text.matchAll(PARENTHESIZED_RE)) {
    const inner = group[1];
    const parsed = inner === undefined ? null : parseAmount(inner);
    if (parsed) return parsed;
  }
  return parseAmount(text);
}

/** Grams for a quantity; millilitres count as grams (density 1), as Open Food Facts does. */
export function quantityToGrams(text: string | null | undefined): number | null {
  const parsed = parseQuantity(text);
  return parsed ? parsed.value : null;
}
