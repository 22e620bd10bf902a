import { type UnitSystem, feetInchesToCm, inToCm, lbToKg } from '@welness/nutrition';
import type {
  ActivityLevel,
  DietType,
  GoalAnswer,
  OnboardingAnswers,
  OnboardingField,
} from './onboarding.types';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const ACTIVITY: [RegExp, ActivityLevel][] = [
  [/\b(sedentary|desk job|not (very )?active|inactive)\b/i, 'sedentary'],
  [/\b(lightly active|light(ly)? activity|a bit active|somewhat active)\b/i, 'light'],
  [/\b(moderately active|moderate(ly)?( activity| exercise)?|fairly active)\b/i, 'moderate'],
  [/\b(extremely active|very active|athlete|hard (physical|manual) (job|work))\b/i, 'very_active'],
  [/\b(active)\b/i, 'active'],
];
const DIET: [RegExp, DietType][] = [
  [/\bvegan\b/i, 'vegan'],
  [/\bvegetarian\b|\bveggie\b/i, 'vegetarian'],
  [/\bpescatarian\b|\bpescetarian\b/i, 'pescatarian'],
  [/\b(omnivore|eat (everything|anything)|no special diet|meat eater)\b/i, 'omnivore'],
];

const splitList = (s: string): string[] =>
  s
    .split(/,|\band\b|\bor\b|&|\//i)
    .map((x) =>
      x
        .trim()
        .toLowerCase()
        .replace(/[.!]+$/, ''),
    )
    .filter((x) => x && x.length <= 40 && !/^(i|i'm|im|to)$/.test(x));

/** A month name ("June") or ISO date after "by", resolved to the next such date from `now`. */
export function parseByDate(text: string, now: Date): string | undefined {
  const iso = /\bby\s+(\d{4}-\d{2}-\d{2})\b/i.exec(text);
  if (iso) return iso[1];
  const m = /\bby\s+(?:the\s+end\s+of\s+)?([a-z]+)(?:\s+(\d{4}))?/i.exec(text);
  if (!m) return undefined;
  const idx = MONTHS.findIndex((name) => name.startsWith(m[1].toLowerCase()) && m[1].length >= 3);
  if (idx < 0) return undefined;
  const endOf = /end\s+of/i.test(m[0]);
  let year = m[2] ? Number(m[2]) : now.getUTCFullYear();
  if (!m[2] && (idx < now.getUTCMonth() || (idx === now.getUTCMonth() && !endOf))) year += 1;
  // "by June" means before June starts; "by the end of June" means its last day.
  const d = endOf ? new Date(Date.UTC(year, idx + 1, 0)) : new Date(Date.UTC(year, idx, 1));
  return d.toISOString().slice(0, 10);
}

export function parseGoal(text: string, now: Date): GoalAnswer | undefined {
  const m = /\b(lose|drop|shed|gain|put on|build)\s+(\d+(?:[.,]\d+)?)\s*(kg|kilos?|lbs?|pounds?)\b/i.exec(
    text,
  );
  if (m) {
    const amount = Number(m[2].replace(',', '.')) * (/^(lb|pound)/i.test(m[3]) ? 0.4536 : 1);
    return {
      direction: /lose|drop|shed/i.test(m[1]) ? 'lose' : 'gain',
      amountKg: Math.round(amount * 10) / 10,
      by: parseByDate(text, now),
    };
  }
  if (/\b(maintain|keep) (my )?(weight|current weight)\b|\bstay (at|the same)\b/i.test(text))
    return { direction: 'maintain' };
  if (/\b(lose weight|slim down|get leaner)\b/i.test(text))
    return { direction: 'lose', by: parseByDate(text, now) };
  if (/\b(gain weight|bulk|build muscle)\b/i.test(text))
    return { direction: 'gain', by: parseByDate(text, now) };
  return undefined;
}

/**
 * Every profile fact a free-text sentence states ("I'm 34, male, 178 cm, 80 kg, moderately
 * active, vegetarian, allergic to peanuts, I want to lose 5 kg by June"). `expecting` lets a
 * bare answer ("34", "none") fill the field the interview just asked about.
 */
export function parseProfile(
  text: string,
  now: Date,
  expecting: OnboardingField | null = null,
  units: UnitSystem = 'metric',
): OnboardingAnswers {
  const out: OnboardingAnswers = {};
  const t = text.replace(/\s+/g, ' ');
  const age =
    /\b(?:i'?m|i am|age[d:]?|aged)\s+(\d{2})\b(?!\s*(?:kg|cm|lbs?|kilos?))|\b(\d{2})\s*(?:years? old|y\/?o|yrs?)\b/i.exec(
      t,
    );
  if (age) out.age = Number(age[1] ?? age[2]);
  if (/\b(male|man|guy)\b/i.test(t) && !/\bfemale\b/i.test(t)) out.sex = 'male';
  if (/\b(female|woman|girl|lady)\b/i.test(t)) out.sex = 'female';
  const cm = /\b(\d{3})\s*cm\b|\b(1[.,]\d{2})\s*m\b/i.exec(t);
  if (cm) out.heightCm = cm[1] ? Number(cm[1]) : Math.round(Number(cm[2].replace(',', '.')) * 100);
  const ftIn = /\b([4-7])\s*(?:'|ft|feet|foot)\s*(\d{1,2})?\s*(?:"|in|inches)?/i.exec(t);
  if (!out.heightCm && ftIn) out.heightCm = Math.round((Number(ftIn[1]) * 12 + Number(ftIn[2] ?? 0)) * 2.54);
  // The body weight is the kg figure that is not part of a "lose/gain N kg" goal.
  const goalSpan = /\b(lose|drop|shed|gain|put on|build)\s+\d+(?:[.,]\d+)?\s*(kg|kilos?|lbs?|pounds?)/gi;
  const withoutGoal = t.replace(goalSpan, ' ');
  const kg = /\b(\d{2,3}(?:[.,]\d)?)\s*(kg|kilos?)\b/i.exec(withoutGoal);
  const lb = /\b(\d{2,3}(?:[.,]\d)?)\s*(lbs?|pounds?)\b/i.exec(withoutGoal);
  if (kg) out.weightKg = Number(kg[1].replace(',', '.'));
  else if (lb) out.weightKg = Math.round(Number(lb[1].replace(',', '.')) * 0.4536 * 10) / 10;
  for (const [re, level] of ACTIVITY) {
    if (re.test(t)) {
      out.activity = level;
      break;
    }
  }
  for (const [re, diet] of DIET) {
    if (re.test(t)) {
      out.diet = diet;
      break;
    }
  }
  const allergy =
    /\b(?:allergic to|allergy to|allergies(?: to)?:?|intolerant to)\s+([^.;]+?)(?=[.;]|,\s*(?:i\b|i'm|and i\b)|$)/i.exec(
      t,
    );
  if (allergy) out.allergies = splitList(allergy[1]);
  else if (/\bno (food )?allergies\b/i.test(t)) out.allergies = [];
  const dislike =
    /\b(?:i (?:don'?t|do not) (?:like|eat)|i (?:hate|dislike)|dislikes?:?)\s+([^.;]+?)(?=[.;]|,\s*(?:i\b|i'm)|$)/i.exec(
      t,
    );
  if (dislike) out.dislikes = splitList(dislike[1]);
  const goal = parseGoal(t, now);
  if (goal) out.goal = goal;
  const time = /\b(?:at|around)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/i.exec(t);
  if (time && /check|remind|morning|evening|message/i.test(t)) out.checkinTime = toHhMm(time);

  return { ...out, ...bareAnswer(t, expecting, out, units) };
}

function toHhMm(m: RegExpExecArray): string {
  let h = Number(m[1]) % 24;
  if (m[3]?.toLowerCase() === 'pm' && h < 12) h += 12;
  if (m[3]?.toLowerCase() === 'am' && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
}

/**
 * A bare number answers the question just asked, in the person's units (Settings → Units):
 * "180" is kg or lb, "5 10" or "70" a height in feet and inches or in inches for imperial.
 */
function bareAnswer(
  t: string,
  expecting: OnboardingField | null,
  found: OnboardingAnswers,
  units: UnitSystem,
): OnboardingAnswers {
  if (!expecting || found[expecting] !== undefined) return {};
  const none = /^\s*(none|no|nope|nothing|n\/a|no allergies|nothing really|-)\s*[.!]?\s*$/i.test(t);
  const n = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(t);
  switch (expecting) {
    case 'age':
      return n ? { age: Math.round(Number(n[1])) } : {};
    case 'heightCm': {
      if (units === 'imperial') {
        const ftIn = /^\s*(\d)\s+(\d{1,2}(?:[.,]\d)?)\s*$/.exec(t);
        if (ftIn)
          return {
            heightCm: Math.round(
              feetInchesToCm({ feet: Number(ftIn[1]), inches: Number(ftIn[2].replace(',', '.')) }),
            ),
          };
        // One number: feet when it is a plausible number of feet, otherwise inches.
        if (n) {
          const v = Number(n[1].replace(',', '.'));
          return { heightCm: Math.round(v <= 8 ? feetInchesToCm({ feet: v, inches: 0 }) : inToCm(v)) };
        }
        return {};
      }
      return n ? { heightCm: Math.round(Number(n[1])) } : {};
    }
    case 'weightKg': {
      if (!n) return {};
      const v = Number(n[1].replace(',', '.'));
      return { weightKg: units === 'imperial' ? Math.round(lbToKg(v) * 10) / 10 : v };
    }
    case 'allergies':
      return none ? { allergies: [] } : { allergies: splitList(t) };
    case 'dislikes':
      return none ? { dislikes: [] } : { dislikes: splitList(t) };
    case 'checkinTime': {
      if (none) return { checkinTime: 'none' };
      const time = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/i.exec(t);
      return time ? { checkinTime: toHhMm(time) } : {};
    }
    default:
      return {};
  }
}
