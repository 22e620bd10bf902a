import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A custom measurement (waist, hips, arm …) with its unit. */
@Entity({ name: 'body_measurements' })
export class BodyMeasurement {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') date: string;
  @Column('text') name: string;
  @Column('double precision') value: number;
  @Column('text') unit: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
