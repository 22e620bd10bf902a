import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@welness/platform';

export type UserStatus = 'active' | 'deactivated';
export type UnitSystem = 'metric' | 'imperial';
export type Sex = 'female' | 'male' | 'other';
export type ActivityLevel = 'sedentary' | 'light' | 'moderate' | 'active' | 'very_active';

/** An account: credentials, roles and the profile the other modules compute with. */
@Entity({ name: 'users' })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased; unique. */
  @Column('text') email: string;
  @Column('boolean', { default: false }) emailVerified: boolean;
  /** Null for accounts created through OIDC that never set a password. */
  @Column('text', { nullable: true }) passwordHash: string | null;
  @Column('text', { nullable: true }) displayName: string | null;
  @Column('text', { default: 'UTC' }) timeZone: string;
  @Column('text', { default: 'en' }) locale: string;
  @Column('text', { default: 'metric' }) unitSystem: UnitSystem;
  @Column('date', { nullable: true }) birthDate: string | null;
  @Column('text', { nullable: true }) sex: Sex | null;
  @Column('real', { nullable: true }) heightCm: number | null;
  @Column('text', { nullable: true }) activityLevel: ActivityLevel | null;
  @Column('text', { array: true, default: () => "'{user}'" }) roles: Role[];
  @Column('text', { default: 'active' }) status: UserStatus;
  @Column('timestamptz', { nullable: true }) deactivatedAt: Date | null;
  /** TOTP secret, envelope-encrypted; set at enrolment, active once mfaEnabled. */
  @Column('text', { nullable: true }) mfaSecretEnc: string | null;
  @Column('boolean', { default: false }) mfaEnabled: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
