import { hasValidGs1CheckDigit } from '@welness/nutrition';
import { parseGoal, parseProfile } from '../onboarding/profile.parser';
import type { GoalAnswer, OnboardingAnswers } from '../onboarding/onboarding.types';

export type MealSlot = 'breakfast' | 'lunch' | 'dinner' | 'snacks';
export interface Quantity {
  amount: number;
  unit: 'g' | 'ml' | 'serving';
}

/** One food of a sentence that names several ("2 eggs and a slice of toast"). */
export interface FoodItem {
  query: string;
  quantity: Quantity | null;
  /** Pieces counted without a unit ("2 eggs"), else null. */
  count: number | null;
}

export type Intent =
  | { kind: 'confirm' }
  | { kind: 'cancel' }
  | { kind: 'choose'; index: number }
  | {
      kind: 'log_food';
      barcode: string | null;
      query: string | null;
      quantity: Quantity | null;
      meal: MealSlot | null;
      /** Set when the sentence names two or more foods. */
      items?: FoodItem[];
    }
  | { kind: 'suggest'; meal: MealSlot | null }
  | { kind: 'diary'; day: 'today' | 'yesterday' }
  | { kind: 'lookup_barcode'; barcode: string }
  | { kind: 'search_foods'; query: string }
  | { kind: 'daily_summary'; day: 'today' | 'yesterday' }
  | { kind: 'weekly_summary' }
  | { kind: 'targets' }
  | { kind: 'profile'; answers: OnboardingAnswers }
  | { kind: 'set_goal'; goal: GoalAnswer }
  | { kind: 'plan' }
  | { kind: 'log_activity'; activity: string; minutes: number; distanceKm: number | null }
  | { kind: 'log_workout'; text: string }
  | { kind: 'progress' }
  | { kind: 'remember'; text: string }
  | { kind: 'recall'; query: string }
  | { kind: 'greeting' }
  | { kind: 'help' }
  | { kind: 'unknown' };

const MEALS: [RegExp, MealSlot][] = [
  [/\b(breakfast|desayuno|desayun[eé]|desayunar)(?=$|[^\p{L}])/iu, 'breakfast'],
  [/\b(lunch|almuerzo|almorc[eé]|almorzar|comida)(?=$|[^\p{L}])/iu, 'lunch'],
  [/\b(dinner|supper|cena|cen[eé]|cenar|ceno)(?=$|[^\p{L}])/iu, 'dinner'],
  [/\b(snacks?|merienda|tentempi[eé])\b/i, 'snacks'],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  half: 0.5,
  'a half': 0.5,
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  media: 0.5,
};

/** EAN-8/UPC-A/EAN-13/GTIN-14 with a valid check digit, anywhere in the text. */
export function findBarcode(text: string): string | null {
  for (const m of text.matchAll(/\b(\d{8}|\d{12,14})\b/g)) if (hasValidGs1CheckDigit(m[1])) return m[1];
  return null;
}

export function findMeal(text: string): MealSlot | null {
  return MEALS.find(([re]) => re.test(text))?.[1] ?? null;
}

export function findQuantity(text: string): Quantity | null {
  const amount = `(\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
  const grams = new RegExp(
    `\\b${amount}\\s*(g|grams?|gr|kg|ml|millilit(?:re|er)s?|l|lit(?:re|er)s?)\\b`,
    'i',
  ).exec(text);
  const toNum = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(',', '.'));
  if (grams) {
    const n = toNum(grams[1]);
    const u = grams[2].toLowerCase();
    if (u === 'kg') return { amount: n * 1000, unit: 'g' };
    if (u === 'l' || u.startsWith('lit')) return { amount: n * 1000, unit: 'ml' };
    return { amount: n, unit: u.startsWith('m') ? 'ml' : 'g' };
  }
  const servings = new RegExp(
    `\\b${amount}\\s*(servings?|portions?|pieces?|pcs|slices?|units?|x|raci[oó]n(?:es)?|porci[oó]n(?:es)?|piezas?|rebanadas?|unidad(?:es)?)\\b`,
    'i',
  ).exec(text);
  if (servings) return { amount: toNum(servings[1]), unit: 'serving' };
  return null;
}

const LOG_WORDS =
  /\b(please|can you|could you|i (just )?(had|ate|drank)|log|add|track|record|for (breakfast|lunch|dinner|supper|a snack|snacks?)|at (breakfast|lunch|dinner)|today|this (morning|evening)|por favor|(he )?(com[ií]|comido|tomado|tom[eé]|bebido|beb[ií])|desayun[eé]|almorc[eé]|cen[eé]|registra|apunta|a[nñ]ade|(para|en) (el )?(desayuno|almuerzo|la comida|la cena|la merienda)|de (desayuno|almuerzo|comida|cena|merienda)|hoy|esta (ma[nñ]ana|tarde|noche))(?=$|[^\p{L}])/giu;

function foodQuery(text: string): string | null {
  const cleaned = text
    .replace(LOG_WORDS, ' ')
    .replace(
      /\b(\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|half|un|una|uno|dos|tres|cuatro|cinco|media)\s*(g|grams?|gr|kg|ml|l|servings?|portions?|pieces?|slices?|x|raci[oó]n(?:es)?|rebanadas?|piezas?)?\s+(of\s+|de\s+)?/giu,
      ' ',
    )
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length >= 2 ? cleaned : null;
}

/** Pieces counted without a unit at the start of a food ("2 eggs", "dos huevos", "an apple"). */
function findCount(text: string): number | null {
  const m =
    /^\s*(\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|un|una|uno|dos|tres|cuatro|cinco)\s+(?!g\b|grams?\b|gr\b|kg\b|ml\b|l\b)/i.exec(
      text,
    );
  if (!m) return null;
  return NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1].replace(',', '.'));
}

/** The foods of a sentence naming two or more ("2 eggs and a slice of toast"), else null. */
export function splitFoods(text: string): FoodItem[] | null {
  const body = text.replace(LOG_WORDS, ' ').replace(/[.!?¿¡]+/g, ' ');
  const parts = body
    .split(/\s*(?:,|\+|\band\b|\bwith\b|\by\b|\bcon\b)\s*/i)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length >= 2);
  if (parts.length < 2) return null;
  const items = parts.map((part) => ({
    query: foodQuery(part) ?? part,
    quantity: findQuantity(part),
    count: findCount(part),
  }));
  return items.every((i) => i.query.length >= 2) ? items : null;
}

/** "2 eggs": two pieces, as a serving count the engine turns into grams per piece. */
function countAsQuantity(text: string): Quantity | null {
  const n = findCount(foodQuery(text) === null ? text : text.replace(LOG_WORDS, ' ').trim());
  return n === null ? null : { amount: n, unit: 'serving' };
}

const ACTIVITY_WORDS =
  /\b(ran|run|running|jog(ged|ging)?|walk(ed|ing)?|cycl(ed|ing)|bik(ed|ing)|swam|swim(ming)?|yoga|hik(ed|ing)|row(ed|ing)|danc(ed|ing)|pilates|tennis|football|soccer|basketball)\b/i;

/**
 * The offline coach's understanding of a message: deterministic, ordered from the most
 * specific pattern to the most general so "log 2 servings of 3017620422003 for breakfast" is a
 * food log, not a barcode lookup.
 */
export function parseIntent(raw: string, now: Date, hasPending: boolean): Intent {
  const text = raw.trim();
  // Spanish opens questions and exclamations with ¿ and ¡; anchored patterns skip them.
  const lower = text.toLowerCase().replace(/^[¿¡]+/, '');
  if (hasPending) {
    if (
      /^(y|yes|yep|yeah|ok|okay|sure|confirm|do it|go ahead|please do|correct|s[ií]|vale|claro|de acuerdo|hazlo|adelante)(?=$|[^\p{L}])/iu.test(
        lower,
      )
    )
      return { kind: 'confirm' };
    if (/^(n|no|nope|cancel|stop|never ?mind|don'?t|cancela|d[eé]jalo)(?=$|[^\p{L}])/iu.test(lower))
      return { kind: 'cancel' };
    const pick = /^(?:#|number |option )?([1-5])\.?$/i.exec(lower);
    if (pick) return { kind: 'choose', index: Number(pick[1]) - 1 };
  }
  if (/^(help|\?|what can you do|commands|ayuda|qu[eé] puedes hacer)(?=$|[^\p{L}])/iu.test(lower))
    return { kind: 'help' };
  // Asking what to eat is advice, not a log ("what should I eat for dinner?" names a meal).
  if (
    /\b(what (should|could|can) i (eat|have)|what to eat|suggest (a|something)|(any )?(ideas|suggestions?) for (breakfast|lunch|dinner|a snack))\b|qu[eé] (deber[ií]a|puedo|podr[ií]a) (comer|cenar|desayunar|almorzar)|qu[eé] (ceno|como|desayuno)\b/iu.test(
      text,
    )
  )
    return { kind: 'suggest', meal: findMeal(text) };
  if (
    /\bwhat (did|have) i (eat|eaten|had|have)\b|\bwhat i ate\b|\b(my|the) (food )?diary\b|qu[eé] (com[ií]|he comido|tom[eé])|mi diario/iu.test(
      text,
    )
  )
    return { kind: 'diary', day: /\b(yesterday|ayer)\b/i.test(text) ? 'yesterday' : 'today' };
  if (/^(remember|note) (that )?/i.test(lower))
    return { kind: 'remember', text: text.replace(/^(remember|note)\s+(that\s+)?/i, '') };
  const recall =
    /\b(what did i (say|tell you|mention) about|did i (mention|say)( anything)? about|when did i (mention|say))\s+(?<topic>.+?)\??$/i.exec(
      text,
    );
  if (recall?.groups?.topic) return { kind: 'recall', query: recall.groups.topic };

  const barcode = findBarcode(text);
  const isLog =
    (/\b(log|add|track|record|i (just )?(had|ate|drank)|for (breakfast|lunch|dinner|supper|snacks?))\b/i.test(
      text,
    ) ||
      /(^|[^\p{L}])((he )?(com[ií]|comido|tom[eé]|bebido|beb[ií])|desayun[eé]|almorc[eé]|cen[eé]|registra|apunta|a[nñ]ade)(?=$|[^\p{L}])/iu.test(
        text,
      )) &&
    !/\bon track\b/i.test(text);
  if (isLog && !ACTIVITY_WORDS.test(text) && !/\bworkout\b/i.test(text)) {
    const items = barcode ? null : splitFoods(text);
    return {
      kind: 'log_food',
      barcode,
      query: barcode ? null : foodQuery(text),
      quantity: findQuantity(text) ?? (barcode ? null : countAsQuantity(text)),
      meal: findMeal(text),
      ...(items ? { items } : {}),
    };
  }
  if (barcode) return { kind: 'lookup_barcode', barcode };

  if (
    /\b(how am i doing|how('?s| is| was) my (day|today|progress today)|how did i do|today'?s (summary|totals)|summary|what('?s| is) left|remaining|calories (are |do i have )?left|(kcal|energy) left|left (for|to eat) today|how much (can i|more can i) eat)\b/i.test(
      text,
    ) ||
    /c[oó]mo (voy|llevo|va|fue|me fue)|resumen|cu[aá]nt[ao]s? (calor[ií]as|kcal) (me )?quedan|(qu[eé]|cu[aá]nto) me queda|(calor[ií]as|kcal) restantes/iu.test(
      text,
    )
  ) {
    if (/\b(this|the|last) week|weekly\b|semana/i.test(text)) return { kind: 'weekly_summary' };
    return { kind: 'daily_summary', day: /\b(yesterday|ayer)\b/i.test(text) ? 'yesterday' : 'today' };
  }
  if (
    (/\b(this|last|my) week|weekly\b/i.test(text) && /\b(how|summary|doing|went|review)\b/i.test(text)) ||
    /\b(mi|esta|la) semana\b/i.test(text)
  )
    return { kind: 'weekly_summary' };
  if (/\b(progress|on track|weight trend|how close)\b/i.test(text)) return { kind: 'progress' };
  if (
    /\b(targets?|how many calories should|my (calorie|macro|protein) (goal|budget))\b/i.test(text) ||
    /\b(objetivos?|metas?)\b|cu[aá]ntas calor[ií]as deber[ií]a/iu.test(text)
  )
    return { kind: 'targets' };
  if (
    /\b(meal plan|diet plan|plan (my|a|the) (meals|week|day))\b|plan de (comidas|dieta)|plan semanal|hazme un plan/i.test(
      text,
    )
  )
    return { kind: 'plan' };

  const profile = parseProfile(text, now);
  const profileFacts = (
    ['age', 'sex', 'heightCm', 'weightKg', 'activity', 'diet', 'allergies'] as const
  ).filter((k) => profile[k] !== undefined);
  if (profileFacts.length >= 2) return { kind: 'profile', answers: profile };
  const goal = parseGoal(text, now);
  if (goal && /\b(want|goal|aim|plan|would like|need|trying)\b/i.test(text))
    return { kind: 'set_goal', goal };

  if (/\b(workout|lifted|bench press|squats?|deadlifts?|sets? of|reps?)\b/i.test(text))
    return { kind: 'log_workout', text };
  if (ACTIVITY_WORDS.test(text)) {
    const minutes = /\b(\d+(?:[.,]\d+)?)\s*(min(ute)?s?|h(ou)?rs?|hours?)\b/i.exec(text);
    if (minutes) {
      const n = Number(minutes[1].replace(',', '.'));
      const km = /\b(\d+(?:[.,]\d+)?)\s*(km|kilomet(?:er|re)s?)\b/i.exec(text);
      return {
        kind: 'log_activity',
        activity: (ACTIVITY_WORDS.exec(text)?.[0] ?? 'activity').toLowerCase(),
        minutes: /^h/i.test(minutes[2]) ? n * 60 : n,
        distanceKm: km ? Number(km[1].replace(',', '.')) : null,
      };
    }
  }
  if (
    /\b(search|find|look up|lookup|calories in|how many calories (are )?in|nutrition (of|for))\b/i.test(text)
  ) {
    const q = text
      .replace(
        /.*\b(search( for)?|find|look ?up|calories in|how many calories (are )?in|nutrition (of|for))\s+/i,
        '',
      )
      .replace(/[?.!]+$/, '');
    if (q.length >= 2) return { kind: 'search_foods', query: q };
  }
  if (
    /^(hi|hello|hey|good (morning|afternoon|evening)|yo|hola|buenos d[ií]as|buenas( tardes| noches)?)(?=$|[^\p{L}])/iu.test(
      lower,
    )
  )
    return { kind: 'greeting' };
  return { kind: 'unknown' };
}
