import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to whose data. `subjectUserId` is the person the data belongs to (they can read
 * these rows); `actorUserId` the caller (a coach, an admin, or the person themselves).
 */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { nullable: true }) subjectUserId: string | null;
  @Column('uuid', { nullable: true }) actorUserId: string | null;
  @Column('text') action: string;
  @Column('jsonb', { default: () => "'{}'" }) detail: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
