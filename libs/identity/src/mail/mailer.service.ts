import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@welness/platform';
import nodemailer, { Transporter } from 'nodemailer';
import type { DevMailMessage } from '../auth/auth-extras.entity';
import { MailOutboxRepository } from './mail-outbox.repository';

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
    private readonly outbox: MailOutboxRepository,
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
    await this.outbox.add({
      userId: mail.userId ?? null,
      toAddress: mail.to.toLowerCase(),
      subject: mail.subject,
      bodyText: mail.text,
    });
  }

  /** Newest first, keyset-paged by (created_at, id); a cursor this list did not issue is a 400. */
  async listOutbox(limit: number, to?: string, cursor?: string): Promise<{ items: DevMailMessage[]; nextCursor: string | null }> {
    return this.outbox.page(limit, to?.toLowerCase(), cursor);
  }

  async eraseFor(userId: string, email: string): Promise<void> {
    await this.outbox.eraseFor(userId, email);
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
