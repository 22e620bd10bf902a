import type { CoachScope } from '@welness/platform';

/**
 * The guard asks this whether a coach may act for a client. The coaches module provides it
 * (identity cannot import coaches, which depends on identity).
 */
export interface CoachAccessChecker {
  /** The scopes of the active, consented link between them; null when there is none. */
  activeLinkScopes(coachId: string, clientId: string): Promise<CoachScope[] | null>;
}

export const COACH_ACCESS = Symbol('COACH_ACCESS');
