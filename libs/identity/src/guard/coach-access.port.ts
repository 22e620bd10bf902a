import type { CoachScope } from '@welness/platform';

/**
 * The guard asks this whether a coach may act for a client. The coaches module provides it
 * (identity cannot import coaches, which depends on identity).
 */
export interface CoachAccessChecker {
  hasActiveLink(coachId: string, clientId: string, scope: CoachScope): Promise<boolean>;
}

export const COACH_ACCESS = Symbol('COACH_ACCESS');
