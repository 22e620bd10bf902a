import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@welness/platform';
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

  async listOutbox(limit: number, to?: string): Promise<DevMailMessage[]> {
    return this.outbox.find({
      where: to ? { toAddress: to.toLowerCase() } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  async eraseFor(userId: string, email: string): Promise<void> {
    await this.outbox.delete({ userId });
    await this.outbox.delete({ toAddress: email });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
