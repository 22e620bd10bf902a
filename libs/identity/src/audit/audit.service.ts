import { Injectable } from '@nestjs/common';
import { MetricsService, decodeCursor } from '@welness/platform';
import type { Counter } from 'prom-client';
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
  /** Business and security counters in one: sign-ups are `action="account.registered"`. */
  private readonly events: Counter<'action'>;

  constructor(
    private readonly repo: AuditRepository,
    metrics: MetricsService,
  ) {
    this.events = metrics.counter('audit_events_total', 'Audit trail entries by action (sign-ups, erasures, role grants, ...)', ['action']);
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.repo.insert({
      subjectUserId: entry.subjectUserId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      detail: entry.detail ?? {},
    });
    this.events.inc({ action: entry.action });
  }

  list(filter: { subjectUserId?: string; action?: string }, limit = 50, cursor?: string): Promise<AuditPage> {
    return this.repo.page(filter, limit, cursor ? parseCursor(cursor) : undefined);
  }

  exportFor(userId: string): Promise<AuditEvent[]> {
    return this.repo.listAllFor(userId);
  }

  eraseFor(userId: string): Promise<void> {
    return this.repo.eraseUser(userId);
  }
}

function parseCursor(cursor: string): { at: string; id: string } {
  const [at, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
  return { at: at.toISOString(), id };
}
