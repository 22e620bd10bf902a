import type { SafetyPolicySettings } from '../config/agent-config.entity';

export type SafetyCategory =
  'ok' | 'emergency' | 'self_harm' | 'disordered_eating' | 'extreme_deficit' | 'medication' | 'injection';

export interface SafetyVerdict {
  category: SafetyCategory;
  /** The supportive reply that replaces the engine's answer; absent when the turn may proceed. */
  reply?: string;
  /** The turn may proceed but the reply should carry the short "not medical advice" note. */
  disclaimer: boolean;
}

export const DISCLAIMER = '_This is general wellness information, not medical advice._';

const EMERGENCY = [
  /\bchest (pain|tightness|pressure)\b/i,
  /\b(can'?t|cannot|unable to|hard to) breathe?\b|\bshort(ness)? of breath\b/i,
  /\b(faint(ed|ing)?|passed out|pass(ing)? out|collapsed?)\b/i,
  /\bheart attack\b|\bstroke\b|\bseizure\b/i,
  /\b(throat|tongue|lips?) (is |are )?(swelling|swollen|closing)\b|\banaphyla/i,
  /\bnumb(ness)? (in|on) (my )?(left )?(arm|face)\b/i,
];
const SELF_HARM = [
  /\b(kill|hurt|harm) myself\b/i,
  /\bsuicid/i,
  /\bend (it all|my life)\b/i,
  /\bdon'?t want to (live|be alive)\b/i,
];
const DISORDERED = [
  /\bpurg(e|ing)\b/i,
  /\b(make|made|force) myself (throw up|vomit|sick)\b/i,
  /\b(throw(ing)? up|vomit(ing)?) (after|to)\b/i,
  /\blaxatives?\b|\bdiuretics?\b|\bdiet pills?\b/i,
  /\bbinge(d|ing)? and (purge|throw up|vomit)\b/i,
  /\b(stop|quit) eating\b|\bstarv(e|ing) myself\b|\beat(ing)? nothing\b/i,
  /\b(not|without) eat(ing)? for \d+ (days?|weeks?)\b|\bfast(ing)? for (a|\d+) (weeks?|days)\b/i,
  /\bchew and spit\b|\bpro[- ]?ana\b|\bthinspo\b/i,
  /\bhate (my body|myself) .*\b(eat|food|fat)\b/i,
];
const MEDICATION = [
  /\binsulin\b/i,
  /\b(dose|dosage|dosing|how many (units|mg|pills))\b/i,
  /\b(metformin|ozempic|semaglutide|wegovy|mounjaro|tirzepatide|warfarin|statins?|levothyroxine|phentermine)\b/i,
  /\b(stop|skip|double|increase|reduce) (taking )?my (meds|medication|pills|insulin)\b/i,
  /\bmedications?\b|\bprescri(be|ption)\b/i,
];
const INJECTION = [
  /\bignore (all |any |your |the )?(previous|prior|above|earlier)? ?(instructions|rules|prompts?)\b/i,
  /\b(system|developer) (prompt|message|mode)\b/i,
  /\bjailbreak\b|\bDAN\b/,
  /\b(another|other|different) (user|person|member|client)'?s?\b.*\b(data|diary|profile|meals?|weight|messages?|log|email)\b/i,
  /\b(all|every) users?\b.*\b(data|diaries|emails?|profiles?|messages?)\b/i,
  /\buser[_ ]?id\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i,
  /\b(show|give|tell|read|get)( me)? [A-Z][a-z]+'s (diary|data|profile|meals|weight|messages)\b/,
  /\b[\w.+-]+@[\w-]+\.[\w.]+'?s? (diary|data|profile|meals|weight|messages)\b|\b(diary|data|profile|meals|weight|messages) (of|for) [\w.+-]+@[\w-]+\.\w+/i,
];
const HEALTH_WORDS =
  /\b(diabet\w*|blood (pressure|sugar)|cholesterol|pregnan\w*|breastfeeding|kidney|thyroid|pcos|ibs|celiac|coeliac|allerg\w*|condition|doctor|symptoms?)\b/i;

const REPLIES: Record<Exclude<SafetyCategory, 'ok'>, string> = {
  emergency:
    'What you describe could be a medical emergency. Please stop what you are doing and call your local emergency number now ' +
    '(112 in Europe, 911 in the US and Canada, 999 in the UK), or ask someone near you to call. ' +
    'If symptoms have eased, still contact a doctor today. I am here when you are safe.',
  self_harm:
    'I am really sorry you are feeling this way, and I am glad you told me. You deserve support right now: please reach a crisis line ' +
    '(988 in the US, 116 123 Samaritans in the UK and Ireland, or findahelpline.com for your country), or your local emergency number if you are in danger. ' +
    'Talking to someone you trust can help too.',
  disordered_eating:
    'Thank you for trusting me with this. Purging, laxatives, not eating for long stretches or eating very little can seriously harm your body, ' +
    'and they are often signs that food has become stressful. You deserve care that fits you: please consider reaching out to your doctor or an eating-disorder ' +
    'helpline (NEDA in the US, Beat in the UK, or findahelpline.com). I am happy to help with regular, balanced meals whenever you want.',
  extreme_deficit:
    'I cannot help with a plan that cuts food that far or loses weight that fast: it tends to cost muscle, energy and health, and the weight usually comes back. ' +
    'A steady pace works better. I can set up a safe target from your profile and suggest filling, balanced meals, and a doctor or registered dietitian can tailor it further.',
  medication:
    'Questions about medication or insulin doses need your doctor, diabetes nurse or pharmacist: the right dose depends on things I cannot safely judge, ' +
    'and a wrong one can be dangerous. I can help you log meals and carbohydrates so you have good information to bring to them.',
  injection:
    'I can only see and change your own data, and I keep my instructions as they are. I am happy to help with your meals, activity, goals or questions about nutrition.',
};

const TOO_LOW_KCAL = /\b(\d{2,4})\s*(k?cal(orie)?s?|kcals?)\b/gi;
const DIET_CONTEXT = /\b(eat|eating|diet|plan|target|limit|only|under|below|day|daily|a day|per day)\b/i;
const LOSS_RATE =
  /\blose\s+(\d+(?:[.,]\d+)?)\s*(kg|kilos?|lbs?|pounds?)\s+(?:in|within)\s+(\d+(?:[.,]\d+)?)\s*(days?|weeks?|months?)\b/i;
const LOSS_PER_WEEK =
  /\blose\s+(\d+(?:[.,]\d+)?)\s*(kg|kilos?|lbs?|pounds?)\s*(?:a|per|each|every)\s*week\b/i;

function matchesAny(text: string, patterns: RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}

const toKg = (n: number, unit: string) => (/^(lb|pound)/i.test(unit) ? n * 0.4536 : n);
const toWeeks = (n: number, unit: string) =>
  /^day/i.test(unit) ? n / 7 : /^month/i.test(unit) ? n * 4.345 : n;
const num = (s: string) => Number(s.replace(',', '.'));

/** Whether the text asks for less food per day or faster loss than the policy allows. */
export function asksForExtremeDeficit(text: string, policy: SafetyPolicySettings): boolean {
  for (const m of text.matchAll(TOO_LOW_KCAL)) {
    const kcal = Number(m[1]);
    if (
      kcal > 0 &&
      kcal < policy.minDailyKcal &&
      DIET_CONTEXT.test(text) &&
      !/\b(snack|bar|portion|serving|drink|meal)\b/i.test(text)
    )
      return true;
  }
  const rate = LOSS_RATE.exec(text);
  if (
    rate &&
    toKg(num(rate[1]), rate[2]) / Math.max(toWeeks(num(rate[3]), rate[4]), 1 / 7) > policy.maxLossKgPerWeek
  )
    return true;
  const weekly = LOSS_PER_WEEK.exec(text);
  if (weekly && toKg(num(weekly[1]), weekly[2]) > policy.maxLossKgPerWeek) return true;
  return false;
}

/**
 * The policy before the model: the most serious matching category wins, so a message that
 * mentions chest pain and insulin is answered as an emergency.
 */
export function assessInput(text: string, policy: SafetyPolicySettings): SafetyVerdict {
  const category: SafetyCategory = matchesAny(text, EMERGENCY)
    ? 'emergency'
    : matchesAny(text, SELF_HARM)
      ? 'self_harm'
      : matchesAny(text, DISORDERED)
        ? 'disordered_eating'
        : asksForExtremeDeficit(text, policy)
          ? 'extreme_deficit'
          : matchesAny(text, MEDICATION)
            ? 'medication'
            : matchesAny(text, INJECTION)
              ? 'injection'
              : 'ok';
  if (category === 'ok') return { category, disclaimer: policy.disclaimer && HEALTH_WORDS.test(text) };
  return { category, reply: REPLIES[category], disclaimer: false };
}

const OUTPUT_RISKS: {
  category: Exclude<SafetyCategory, 'ok' | 'injection'>;
  test: (t: string, p: SafetyPolicySettings) => boolean;
}[] = [
  {
    category: 'medication',
    test: (t) =>
      /\b\d+(\.\d+)?\s*(units?|iu|mg)\b.*\b(insulin|dose|metformin|ozempic)\b|\b(insulin|dose)\b.*\b\d+(\.\d+)?\s*(units?|iu|mg)\b/i.test(
        t,
      ),
  },
  {
    category: 'disordered_eating',
    test: (t) =>
      /\b(try|use|take) (laxatives|diuretics|diet pills)\b|\b(induce|make yourself) (vomit|throw up)/i.test(
        t,
      ),
  },
  {
    category: 'extreme_deficit',
    test: (t, p) =>
      asksForExtremeDeficit(t.replace(/\b(aim for|eat|stick to|limit yourself to)\b/gi, 'eat'), p),
  },
];

/** The policy after the model: a reply that gives harmful numbers or methods is replaced. */
export function assessOutput(text: string, policy: SafetyPolicySettings): SafetyVerdict {
  const risk = OUTPUT_RISKS.find((r) => r.test(text, policy));
  return risk
    ? { category: risk.category, reply: REPLIES[risk.category], disclaimer: false }
    : { category: 'ok', disclaimer: false };
}

/** Text safe to write to logs: emails, phone-like numbers and weights/measurements are masked. */
export function redactForLog(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '[email]')
    .replace(/\+?\d[\d\s-]{7,}\d/g, '[number]')
    .replace(/\b\d+(\.\d+)?\s*(kg|lbs?|cm|kcal|mg|units?)\b/gi, '[measure]')
    .slice(0, 200);
}
