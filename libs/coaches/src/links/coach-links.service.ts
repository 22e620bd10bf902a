import { Injectable } from '@nestjs/common';
import { AuditService, MailerService, UsersService } from '@welness/identity';
import { CoachScope, ProblemException, badRequest, conflict, notFound } from '@welness/platform';
import { CoachLink, LinkSide } from './coach-link.entity';
import { CoachLinksRepository } from './coach-links.repository';
import { ClientSummaryDto } from './coach-links.dto';

const coachesOnly = () =>
  new ProblemException(403, 'coach-role-required', 'Forbidden', 'Only coaches can do this.');

/**
 * The coach–client relationship. Access needs both sides: the client's consent (with scopes)
 * and the coach's acceptance; either side may end it at any time.
 */
@Injectable()
export class CoachLinksService {
  constructor(
    private readonly links: CoachLinksRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly mailer: MailerService,
  ) {}

  /** A coach invites a client by email; the client consents later. Unknown addresses get the same answer. */
  async coachInvites(coachId: string, email: string, scopes: CoachScope[]): Promise<CoachLink> {
    const coach = await this.requireCoach(coachId);
    const address = email.toLowerCase();
    if (address === coach.email) throw badRequest('self-link', 'You cannot coach yourself.');
    const client = await this.users.findSummaryByEmail(address);
    if (await this.links.findOpen(coachId, client?.id ?? null, client ? null : address))
      throw conflict('link-exists', 'There is already an open link with this person.');
    const link = await this.createLink({
      coachId,
      clientId: client?.id ?? null,
      inviteEmail: client ? null : address,
      initiatedBy: 'coach',
      status: 'pending',
      scopes,
    });
    await this.mailer.send({
      to: address,
      userId: client?.id ?? null,
      subject: `${coach.displayName ?? 'A coach'} invites you to Welness AI coaching`,
      text: `${coach.displayName ?? coach.email} would like to coach you with access to: ${scopes.join(', ')}.\nSign in (or sign up with this address) and open Settings → Coaching to accept or decline.`,
    });
    await this.audit.record({
      subjectUserId: client?.id ?? null,
      actorUserId: coachId,
      action: 'coach.invited',
      detail: { linkId: link.id, scopes },
    });
    return link;
  }

  /** A client invites a coach; inviting is consenting, the coach has to accept. */
  async clientInvites(clientId: string, coachEmail: string, scopes: CoachScope[]): Promise<CoachLink> {
    const coach = await this.users.findSummaryByEmail(coachEmail.toLowerCase());
    if (!coach || !coach.roles.includes('coach') || coach.status !== 'active')
      throw notFound('Coach', 'No coach with this email.');
    if (coach.id === clientId) throw badRequest('self-link', 'You cannot coach yourself.');
    if (await this.links.findOpen(coach.id, clientId, null))
      throw conflict('link-exists', 'There is already an open link with this coach.');
    const link = await this.createLink({
      coachId: coach.id,
      clientId,
      initiatedBy: 'client',
      status: 'pending',
      scopes,
      consentedAt: new Date(),
    });
    await this.mailer.send({
      to: coach.email,
      userId: coach.id,
      subject: 'A client invites you to coach them',
      text: `Open the coach console to accept the invitation (scopes: ${scopes.join(', ')}).`,
    });
    await this.audit.record({
      subjectUserId: clientId,
      actorUserId: clientId,
      action: 'coach.link_consented',
      detail: { linkId: link.id, coachId: coach.id, scopes },
    });
    return link;
  }

  async listForClient(clientId: string): Promise<CoachLink[]> {
    const me = await this.users.get(clientId);
    await this.links.claimInvites(clientId, me.email);
    return this.links.listForClient(clientId);
  }

  listForCoach(coachId: string): Promise<CoachLink[]> {
    return this.links.listForCoach(coachId);
  }

  async consent(clientId: string, linkId: string, scopes: CoachScope[]): Promise<CoachLink> {
    const link = await this.clientLink(clientId, linkId);
    if (link.status !== 'pending') throw conflict('link-not-pending', `This link is ${link.status}.`);
    if (link.initiatedBy === 'client')
      throw conflict('awaiting-coach', 'You already consented; the coach has to accept.');
    Object.assign(link, { status: 'active', scopes, consentedAt: new Date() });
    await this.links.save(link);
    await this.audit.record({
      subjectUserId: clientId,
      actorUserId: clientId,
      action: 'coach.link_consented',
      detail: { linkId, coachId: link.coachId, scopes },
    });
    return link;
  }

  async updateScopes(clientId: string, linkId: string, scopes: CoachScope[]): Promise<CoachLink> {
    const link = await this.clientLink(clientId, linkId);
    if (link.status === 'ended') throw conflict('link-ended', 'This link has ended.');
    link.scopes = scopes;
    await this.links.save(link);
    await this.audit.record({
      subjectUserId: clientId,
      actorUserId: clientId,
      action: 'coach.scopes_changed',
      detail: { linkId, scopes },
    });
    return link;
  }

  async accept(coachId: string, linkId: string): Promise<CoachLink> {
    await this.requireCoach(coachId);
    const link = await this.coachLink(coachId, linkId);
    if (link.status !== 'pending') throw conflict('link-not-pending', `This link is ${link.status}.`);
    if (link.initiatedBy === 'coach' || !link.consentedAt)
      throw conflict('awaiting-client', 'The client has not consented yet.');
    link.status = 'active';
    await this.links.save(link);
    await this.audit.record({
      subjectUserId: link.clientId,
      actorUserId: coachId,
      action: 'coach.link_accepted',
      detail: { linkId },
    });
    return link;
  }

  async end(userId: string, linkId: string, side: LinkSide): Promise<CoachLink> {
    const link =
      side === 'coach' ? await this.coachLink(userId, linkId) : await this.clientLink(userId, linkId);
    if (link.status === 'ended') return link;
    Object.assign(link, { status: 'ended', endedAt: new Date(), endedBy: side });
    await this.links.save(link);
    await this.audit.record({
      subjectUserId: link.clientId,
      actorUserId: userId,
      action: 'coach.link_ended',
      detail: { linkId, by: side },
    });
    return link;
  }

  async activeClients(coachId: string): Promise<ClientSummaryDto[]> {
    await this.requireCoach(coachId);
    const active = (await this.links.listForCoach(coachId)).filter(
      (l) => l.status === 'active' && l.clientId,
    );
    const out: ClientSummaryDto[] = [];
    for (const l of active) {
      const u = await this.users.findSummary(l.clientId as string);
      if (u)
        out.push({
          id: u.id,
          displayName: u.displayName,
          email: u.email,
          timeZone: u.timeZone,
          linkId: l.id,
          scopes: l.scopes,
        });
    }
    return out;
  }

  async clientSummary(coachId: string, clientId: string): Promise<ClientSummaryDto> {
    const link = (await this.links.listForCoach(coachId)).find(
      (l) => l.clientId === clientId && l.status === 'active',
    );
    const u = await this.users.findSummary(clientId);
    if (!link || !u) throw notFound('Client');
    return {
      id: u.id,
      displayName: u.displayName,
      email: u.email,
      timeZone: u.timeZone,
      linkId: link.id,
      scopes: link.scopes,
    };
  }

  async counterpartName(link: CoachLink, side: LinkSide): Promise<string | null> {
    const otherId = side === 'coach' ? link.clientId : link.coachId;
    if (!otherId) return null;
    const u = await this.users.findSummary(otherId);
    return u ? (u.displayName ?? u.email) : null;
  }

  hasActiveLink(coachId: string, clientId: string, scope: CoachScope): Promise<boolean> {
    return this.links.hasActive(coachId, clientId, scope);
  }

  private async createLink(row: Partial<CoachLink>): Promise<CoachLink> {
    try {
      return await this.links.create(row);
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw conflict('link-exists', 'There is already an open link.');
      throw err;
    }
  }

  private async requireCoach(userId: string) {
    const me = await this.users.findSummary(userId);
    if (!me || !me.roles.includes('coach')) throw coachesOnly();
    return me;
  }

  /** A link the caller is the client of (claiming an emailed invitation on the way); else 404. */
  private async clientLink(clientId: string, linkId: string): Promise<CoachLink> {
    let link = await this.links.findById(linkId);
    if (link && !link.clientId && link.inviteEmail) {
      const me = await this.users.get(clientId);
      if (link.inviteEmail === me.email) {
        await this.links.claimInvites(clientId, me.email);
        link = await this.links.findById(linkId);
      }
    }
    if (!link || link.clientId !== clientId) throw notFound('Coach link');
    return link;
  }

  private async coachLink(coachId: string, linkId: string): Promise<CoachLink> {
    const link = await this.links.findById(linkId);
    if (!link || link.coachId !== coachId) throw notFound('Coach link');
    return link;
  }
}
