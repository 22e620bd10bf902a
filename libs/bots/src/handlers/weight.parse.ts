import { type UnitSystem, kgToLb, lbToKg } from '@welness/nutrition';

/** A body weight the bot accepts (what /body/weights accepts, a little tighter: 20-400 kg). */
const MIN_KG = 20;
const MAX_KG = 400;

export interface BotWeight {
  /** What is stored: kg, to the gram (a weight typed in lb reads back as typed). */
  kg: number;
  /** What the person typed or reads, in `unit`, to 0.1. */
  shown: number;
  unit: 'kg' | 'lb';
}

/**
 * "/weight 72.5", "/weight 72,5", "/weight 180 lb", "/weight 81.6kg": a bare number is in the
 * person's units (Settings → Units), an explicit unit wins. Null when it is not a body weight.
 */
export function parseBotWeight(text: string, system: UnitSystem): BotWeight | null {
  const m = /^\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*(kg|kgs|kilos?|lbs?|pounds?)?\s*$/i.exec(text);
  if (!m) return null;
  const value = Number(m[1].replace(',', '.'));
  const unit: BotWeight['unit'] = m[2]
    ? /^(lb|pound)/i.test(m[2])
      ? 'lb'
      : 'kg'
    : system === 'imperial'
      ? 'lb'
      : 'kg';
  const kg = unit === 'lb' ? lbToKg(value) : value;
  if (!Number.isFinite(kg) || kg < MIN_KG || kg > MAX_KG) return null;
  return { kg: Math.round(kg * 1000) / 1000, shown: Math.round(value * 10) / 10, unit };
}

/** A stored kg value as the person reads it: "72.5 kg" or "159.8 lb". */
export function showWeight(kg: number, system: UnitSystem): string {
  return system === 'imperial' ? `${Math.round(kgToLb(kg) * 10) / 10} lb` : `${Math.round(kg * 10) / 10} kg`;
}
