import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, decodeCursor, encodeCursor } from '@welness/platform';
import nodemailer, { Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { DevMailMessage } from '../auth/auth-extras.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The account the mail concerns, so erasure can find it in the dev outbox. */
  userId?: string | null;
}

/**
 * Sends mail over SMTP when SMTP_URL is set; otherwise writes it to the dev outbox table, which
 * admins read at `GET /api/v1/admin/mail-outbox` (local runs and tests).
 */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private readonly transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(DevMailMessage) private readonly outbox: Repository<DevMailMessage>,
  ) {
    if (config.SMTP_URL) this.transport = nodemailer.createTransport(config.SMTP_URL);
  }

  get usesOutbox(): boolean {
    return !this.transport;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      return;
    }
    await this.outbox.save(
      this.outbox.create({
        userId: mail.userId ?? null,
        toAddress: mail.to.toLowerCase(),
        subject: mail.subject,
        bodyText: mail.text,
      }),
    );
  }

  /** Newest first, keyset-paged by (created_at, id); a cursor this list did not issue is a 400. */
  async listOutbox(limit: number, to?: string, cursor?: string): Promise<{ items: DevMailMessage[]; nextCursor: string | null }> {
    const qb = this.outbox.createQueryBuilder('m').orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').take(limit + 1);
    if (to) qb.andWhere('m.to_address = :to', { to: to.toLowerCase() });
    if (cursor) {
      const [at, id] = decodeCursor(cursor, ['timestamp', 'uuid'] as const);
      qb.andWhere('(m.created_at, m.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
  }

  async eraseFor(userId: string, email: string): Promise<void> {
    await this.outbox.delete({ userId });
    await this.outbox.delete({ toAddress: email });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
