import { Injectable } from '@nestjs/common';
import { badRequest } from '@welness/platform';
import { AuditEvent } from './audit-event.entity';
import { AuditRepository } from './audit.repository';

export interface AuditEntry {
  /** Whose data: they will see this row in `GET /me/audit`. */
  subjectUserId: string | null;
  actorUserId: string | null;
  /** Dotted verb, e.g. `coach.read`, `auth.refresh_reuse`, `admin.role_granted`. */
  action: string;
  detail?: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditEvent[];
  nextCursor: string | null;
}

/** The append-only audit trail; other modules record through this service. */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  record(entry: AuditEntry): Promise<void> {
    return this.repo.insert({
      subjectUserId: entry.subjectUserId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      detail: entry.detail ?? {},
    });
  }

  list(filter: { subjectUserId?: string; action?: string }, limit = 50, cursor?: string): Promise<AuditPage> {
    return this.repo.page(filter, limit, cursor ? decodeCursor(cursor) : undefined);
  }

  exportFor(userId: string): Promise<AuditEvent[]> {
    return this.repo.listAllFor(userId);
  }

  eraseFor(userId: string): Promise<void> {
    return this.repo.eraseUser(userId);
  }
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)))
    throw badRequest('bad-cursor', 'The cursor is not one this API issued.');
  return { at, id };
}
