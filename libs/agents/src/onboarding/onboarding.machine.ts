import type { UnitSystem } from '@welness/nutrition';
import type { OnboardingState } from '../conversations/conversation.types';
import { parseProfile } from './profile.parser';
import { ONBOARDING_FIELDS, OnboardingAnswers, OnboardingField } from './onboarding.types';

export const QUESTIONS: Record<OnboardingField, string> = {
  goal: 'What would you like to achieve? For example "lose 5 kg by June", "gain 3 kg" or "maintain my weight".',
  age: 'How old are you?',
  sex: 'What sex should I use for energy estimates (male or female)?',
  heightCm: 'How tall are you (in cm)?',
  weightKg: 'What do you weigh now (in kg)?',
  activity:
    'How active are you day to day: sedentary, lightly active, moderately active, very active or extremely active?',
  diet: 'Do you follow a diet: omnivore, vegetarian, vegan or pescatarian?',
  allergies: 'Any food allergies or intolerances? Say "none" if not.',
  dislikes: 'Any foods you dislike and want me to avoid? Say "none" if not.',
  checkinTime: 'Last one: when should I check in with you each day (for example "8 pm"), or "none"?',
};

/** The questions whose answer is a body measure, asked in the person's units (Settings → Units). */
const IMPERIAL_QUESTIONS: Partial<Record<OnboardingField, string>> = {
  goal: 'What would you like to achieve? For example "lose 10 lb by June", "gain 5 lb" or "maintain my weight".',
  heightCm: 'How tall are you (in feet and inches, for example 5 ft 10 in)?',
  weightKg: 'What do you weigh now (in lb)?',
};

export function question(field: OnboardingField, units: UnitSystem = 'metric'): string {
  return (units === 'imperial' ? IMPERIAL_QUESTIONS[field] : undefined) ?? QUESTIONS[field];
}

const RANGES: Partial<Record<keyof OnboardingAnswers, [number, number]>> = {
  age: [13, 110],
  heightCm: [100, 250],
  weightKg: [30, 350],
};

export const emptyOnboarding = (): OnboardingState => ({ answers: {}, asking: 'goal', completedAt: null });

export function nextField(a: OnboardingAnswers): OnboardingField | null {
  return ONBOARDING_FIELDS.find((f) => a[f] === undefined) ?? null;
}

export interface OnboardingStep {
  state: OnboardingState;
  /** Fields this message filled. */
  filled: OnboardingField[];
  /** Values outside plausible ranges, dropped and asked again. */
  rejected: OnboardingField[];
  next: OnboardingField | null;
}

/**
 * One answer into the interview: whatever the message states is taken (a user may answer
 * everything in one sentence), implausible values are dropped, and the next missing field is
 * asked. The state is plain JSON persisted with the conversation, so the interview resumes
 * after any restart or on another channel.
 */
export function advance(
  state: OnboardingState,
  text: string,
  now: Date,
  units: UnitSystem = 'metric',
): OnboardingStep {
  const parsed = parseProfile(text, now, state.asking as OnboardingField | null, units);
  const filled: OnboardingField[] = [];
  const rejected: OnboardingField[] = [];
  const answers: OnboardingAnswers = { ...state.answers };
  for (const field of ONBOARDING_FIELDS) {
    const value = parsed[field];
    if (value === undefined) continue;
    const range = RANGES[field];
    if (range && typeof value === 'number' && (value < range[0] || value > range[1])) {
      rejected.push(field);
      continue;
    }
    (answers as Record<string, unknown>)[field] = value;
    filled.push(field);
  }
  const next = nextField(answers);
  return {
    state: { answers, asking: next, completedAt: next ? null : now.toISOString() },
    filled,
    rejected,
    next,
  };
}
