import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One of ten single-use MFA recovery codes (argon2id hash). */
@Entity({ name: 'mfa_recovery_codes' })
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') codeHash: string;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
}

/** Emailed one-time token (SHA-256 stored) for password reset or email verification. */
@Entity({ name: 'email_tokens' })
export class EmailToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') purpose: 'reset' | 'verify';
  @Column('text') tokenHash: string;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Mail written here instead of SMTP when no SMTP_URL is configured (local/dev). */
@Entity({ name: 'dev_mail_outbox' })
export class DevMailMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { nullable: true }) userId: string | null;
  @Column('text') toAddress: string;
  @Column('text') subject: string;
  @Column('text') bodyText: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** An account's identity at an external OIDC provider (`iss`-scoped `sub`). */
@Entity({ name: 'federated_identities' })
export class FederatedIdentity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') provider: string;
  @Column('text') subject: string;
  @Column('text', { nullable: true }) email: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
