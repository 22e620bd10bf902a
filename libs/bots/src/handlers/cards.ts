import type { ProductDto } from '@welness/facts';
import type { DailySummaryDto } from '@welness/progress';
import type { BotLanguage } from '../linking/bot-chat.entity';
import { t } from './bot.texts';

const r0 = (n: number) => Math.round(n);
const ofTarget = (consumed: number, target: number | null) => `${r0(consumed)}${target !== null ? `/${r0(target)} g` : ' g'}`;

/** /today: energy and macros against targets, water, streak. */
export function todayCard(lang: BotLanguage, s: DailySummaryDto): string {
  const e = s.energy;
  const lines = [
    t(lang, 'todayHeader', { date: s.date }),
    t(lang, 'todayEnergy', {
      consumed: r0(e.consumedKcal),
      target: e.targetKcal !== null ? `/${r0(e.targetKcal)}` : '',
      remaining: e.remainingKcal !== null ? t(lang, 'remaining', { kcal: r0(e.remainingKcal) }) : '',
    }),
    t(lang, 'todayMacros', {
      protein: ofTarget(s.protein.consumed, s.protein.target),
      carbs: ofTarget(s.carbohydrates.consumed, s.carbohydrates.target),
      fat: ofTarget(s.fat.consumed, s.fat.target),
    }),
    t(lang, 'todayWater', { water: r0(s.water.consumed), target: s.water.target !== null ? `/${r0(s.water.target)}` : '' }),
    t(lang, 'todayStreak', { days: s.streak.current }),
  ];
  if (!s.targetsAvailable) lines.push(t(lang, 'todayNoTargets'));
  return lines.join('\n');
}

const tagName = (tag: string) => tag.replace(/^[a-z]{2}:/, '').replace(/-/g, ' ');

/**
 * The product card: energy per serving (or per 100 g), Nutri-Score with its grade, allergen
 * warnings against the user's allergies, and the ODbL credit Open Food Facts data requires.
 */
export function productCard(lang: BotLanguage, p: ProductDto, allergies: string[]): string {
  const lines = [`${p.name ?? p.code}${p.brands.length ? ` (${p.brands.join(', ')})` : ''}`];
  const serving = p.nutrientsPerServing?.energyKcal;
  if (serving !== null && serving !== undefined && p.servingQuantityG) {
    lines.push(t(lang, 'productPer', { kcal: r0(serving), basis: `${p.servingSize ?? `${p.servingQuantityG} g`}` }));
  }
  if (p.nutrientsPer100g.energyKcal !== null) lines.push(t(lang, 'productPer', { kcal: r0(p.nutrientsPer100g.energyKcal), basis: '100 g' }));
  if (p.nutriScore.grade) lines.push(`Nutri-Score ${p.nutriScore.grade.toUpperCase()}${p.nutriScore.score !== null ? ` (${p.nutriScore.score})` : ''}`);
  const hits = p.allergens.filter((a) => allergies.includes(tagName(a).replace(/ /g, '-')) || allergies.includes(tagName(a)));
  if (hits.length) lines.push(t(lang, 'allergenWarning', { list: hits.map(tagName).join(', ') }));
  else if (p.allergens.length) lines.push(t(lang, 'allergens', { list: p.allergens.map(tagName).join(', ') }));
  lines.push(
    p.userContributed
      ? 'Added by a Welness AI user'
      : `Data: ${p.source.attribution ?? 'Open Food Facts contributors'} (${p.source.license ?? 'ODbL'})`,
  );
  return lines.join('\n');
}

/** Allergies from the coach's memory of the user ("Allergies: milk, gluten"), as tag names. */
export function allergiesFromMemory(human: string | undefined): string[] {
  const line = /^Allergies:\s*(.+)$/im.exec(human ?? '')?.[1]?.trim();
  if (!line || line.toLowerCase() === 'none') return [];
  return line
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
}
