import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Equipment, ExerciseCategory, Muscle } from './exercise.seed';

/** Built-in (user_id NULL, slug set) or a user's custom exercise. */
@Entity({ name: 'exercises' })
export class Exercise {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { nullable: true }) userId: string | null;
  @Column('text', { nullable: true }) slug: string | null;
  @Column('text') name: string;
  @Column('text') category: ExerciseCategory;
  @Column('text') equipment: Equipment;
  @Column('text', { array: true }) primaryMuscles: Muscle[];
  @Column('text', { array: true, default: () => "'{}'" }) secondaryMuscles: Muscle[];
}
