import type { CoachScope } from '@welness/platform';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type CoachLinkStatus = 'pending' | 'active' | 'ended';
export type LinkSide = 'coach' | 'client';

/**
 * A coach–client relationship. Coach access to client data needs status `active`, a consent
 * time, and the scope in `scopes`. A coach may invite an address that has no account yet
 * (`inviteEmail`); the link attaches to the account that registers with it.
 */
@Entity({ name: 'coach_links' })
export class CoachLink {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') coachId: string;
  @Column('uuid', { nullable: true }) clientId: string | null;
  @Column('text', { nullable: true }) inviteEmail: string | null;
  @Column('text') initiatedBy: LinkSide;
  @Column('text') status: CoachLinkStatus;
  @Column('text', { array: true }) scopes: CoachScope[];
  @Column('timestamptz', { nullable: true }) consentedAt: Date | null;
  @Column('timestamptz', { nullable: true }) endedAt: Date | null;
  @Column('text', { nullable: true }) endedBy: LinkSide | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
