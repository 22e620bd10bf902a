import { Injectable } from '@nestjs/common';
import type { CoachAccessChecker } from '@welness/identity';
import type { CoachScope } from '@welness/platform';
import { CoachLinksRepository } from './coach-links.repository';

/** Answers the identity guard: which scopes does the active, consented link grant (if any)? */
@Injectable()
export class CoachAccessProvider implements CoachAccessChecker {
  constructor(private readonly links: CoachLinksRepository) {}

  activeLinkScopes(coachId: string, clientId: string): Promise<CoachScope[] | null> {
    return this.links.activeScopes(coachId, clientId);
  }
}
