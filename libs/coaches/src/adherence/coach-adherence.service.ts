import { Injectable } from '@nestjs/common';
import { AuditService, UsersService } from '@welness/identity';
import { EnergyWindowService } from '@welness/progress';
import { ProblemException } from '@welness/platform';
import { CoachLinksRepository } from '../links/coach-links.repository';
import { AdherenceWindow, ClientAdherenceDto, CoachAdherenceDto } from './coach-adherence.dto';

const ROUTE = '/api/v1/coach/adherence';

/**
 * Days logged and energy against target, for every client who consented to the coach reading
 * their data. Each client included gets a `coach.read` in their audit log, as any coach read does.
 */
@Injectable()
export class CoachAdherenceService {
  constructor(
    private readonly links: CoachLinksRepository,
    private readonly users: UsersService,
    private readonly energy: EnergyWindowService,
    private readonly audit: AuditService,
  ) {}

  async overview(coachId: string, days: AdherenceWindow): Promise<CoachAdherenceDto> {
    const me = await this.users.findSummary(coachId);
    if (!me?.roles.includes('coach'))
      throw new ProblemException(403, 'coach-role-required', 'Forbidden', 'Only coaches can do this.');
    const readable = (await this.links.listForCoach(coachId)).filter(
      (l) => l.status === 'active' && l.consentedAt && l.clientId && l.scopes.includes('read'),
    );
    const items: ClientAdherenceDto[] = [];
    for (const link of readable) {
      const client = await this.users.findSummary(link.clientId as string);
      if (!client) continue;
      const w = await this.energy.lastDays(client.id, days);
      await this.audit.record({
        subjectUserId: client.id,
        actorUserId: coachId,
        action: 'coach.read',
        detail: { method: 'GET', route: ROUTE, scope: 'read', days },
      });
      items.push({
        clientId: client.id,
        displayName: client.displayName,
        email: client.email,
        from: w.from,
        to: w.to,
        daysLogged: w.daysLogged,
        daysOnTarget: w.daysOnTarget,
        averageKcal: w.averageKcal,
        averageTargetKcal: w.averageTargetKcal,
        adherencePercent: w.adherencePercent,
        lastLoggedDate: w.lastLoggedDate,
      });
    }
    items.sort((a, b) => (a.displayName ?? a.email).localeCompare(b.displayName ?? b.email));
    return { days, items };
  }
}
