export type Sex = 'male' | 'female';
export type ActivityLevel = 'sedentary' | 'light' | 'moderate' | 'active' | 'very_active';
export type DietType = 'omnivore' | 'vegetarian' | 'vegan' | 'pescatarian';

export interface GoalAnswer {
  direction: 'lose' | 'gain' | 'maintain';
  /** Change in kg (positive), absent for maintain. */
  amountKg?: number;
  /** ISO date (YYYY-MM-DD) the user wants to reach it by. */
  by?: string;
}

/** What the onboarding interview collects; every field optional until answered. */
export interface OnboardingAnswers {
  age?: number;
  sex?: Sex;
  heightCm?: number;
  weightKg?: number;
  activity?: ActivityLevel;
  diet?: DietType;
  allergies?: string[];
  dislikes?: string[];
  goal?: GoalAnswer;
  /** Preferred daily check-in time, HH:MM local. */
  checkinTime?: string;
}

export const ONBOARDING_FIELDS = [
  'goal',
  'age',
  'sex',
  'heightCm',
  'weightKg',
  'activity',
  'diet',
  'allergies',
  'dislikes',
  'checkinTime',
] as const;
export type OnboardingField = (typeof ONBOARDING_FIELDS)[number];
