import type { ActivityLevel } from '@welness/nutrition';

/** What tracking needs from a user's profile (owned by identity). */
export interface TrackingProfile {
  userId: string;
  timeZone: string;
  birthDate: string | null;
  sex: 'male' | 'female' | 'other' | null;
  heightCm: number | null;
  activityLevel: ActivityLevel | null;
}

/** Port to the identity module; the adapter lives in identity-profile.source.ts. */
export interface ProfileSource {
  get(userId: string): Promise<TrackingProfile | null>;
}

export const PROFILE_SOURCE = Symbol('PROFILE_SOURCE');
