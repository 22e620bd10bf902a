import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('agent_checkin_schedule')
export class AgentCheckinScheduleEntity {
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @Column({ type: 'varchar', length: 64 }) timeZone: string;
  /** HH:MM local time of the daily check-in, or null for none. */
  @Column({ type: 'varchar', length: 5, nullable: true }) dailyTime: string | null;
  /** ISO weekday 1-7 of the weekly check-in, or null for none. */
  @Column({ type: 'smallint', nullable: true }) weeklyDay: number | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) weeklyTime: string | null;
  @Column({ type: 'uuid', nullable: true }) conversationId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) lastDailyAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastWeeklyAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
