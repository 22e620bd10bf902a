import { Injectable } from '@nestjs/common';
import type { CoachAccessChecker } from '@welness/identity';
import type { CoachScope } from '@welness/platform';
import { CoachLinksRepository } from './coach-links.repository';

/** Answers the identity guard: does an active, consented link cover this scope? */
@Injectable()
export class CoachAccessProvider implements CoachAccessChecker {
  constructor(private readonly links: CoachLinksRepository) {}

  hasActiveLink(coachId: string, clientId: string, scope: CoachScope): Promise<boolean> {
    return this.links.hasActive(coachId, clientId, scope);
  }
}
