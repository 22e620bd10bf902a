import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'water_logs' })
export class WaterLog {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') date: string;
  @Column('integer') ml: number;
  @Column('timestamptz') loggedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
