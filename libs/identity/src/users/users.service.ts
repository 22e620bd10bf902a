import { Injectable } from '@nestjs/common';
import { ProblemException, Role, badRequest, conflict, decodeCursor, notFound } from '@welness/platform';
import { UpdateMeDto } from './me.dto';
import { UserAccount } from './user.entity';
import { UserStateCache } from './user-state.cache';
import { UserPage, UsersRepository } from './users.repository';

/** Public view of an account that other modules may use (no credentials). */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string | null;
  timeZone: string;
  locale: string;
  /** How weights, heights and distances are shown to and typed by this person; stored metric. */
  unitSystem: UserAccount['unitSystem'];
  roles: Role[];
  status: UserAccount['status'];
}

const summary = (u: UserAccount): UserSummary => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  timeZone: u.timeZone,
  locale: u.locale,
  unitSystem: u.unitSystem,
  roles: u.roles,
  status: u.status,
});

/** Called after a profile write; modules that derive data from the profile subscribe. */
export type ProfileChangeListener = (userId: string) => Promise<void>;

@Injectable()
export class UsersService {
  private readonly profileListeners: ProfileChangeListener[] = [];

  constructor(
    private readonly repo: UsersRepository,
    private readonly state: UserStateCache,
  ) {}

  async get(id: string): Promise<UserAccount> {
    const user = await this.repo.findById(id);
    if (!user) throw notFound('User');
    return user;
  }

  async findSummary(id: string): Promise<UserSummary | null> {
    const u = await this.repo.findById(id);
    return u ? summary(u) : null;
  }

  async findSummaryByEmail(email: string): Promise<UserSummary | null> {
    const u = await this.repo.findByEmail(email);
    return u ? summary(u) : null;
  }

  async updateProfile(id: string, dto: UpdateMeDto): Promise<UserAccount> {
    if (dto.birthDate) {
      const d = Date.parse(`${dto.birthDate}T00:00:00Z`);
      if (Number.isNaN(d) || d > Date.now() || d < Date.UTC(1900, 0, 1))
        throw badRequest('validation', 'birthDate must be a real date between 1900 and today.');
    }
    const patch: Partial<UserAccount> = {};
    for (const key of [
      'displayName',
      'timeZone',
      'locale',
      'unitSystem',
      'birthDate',
      'sex',
      'heightCm',
      'activityLevel',
    ] as const) {
      if (dto[key] !== undefined) (patch as Record<string, unknown>)[key] = dto[key];
    }
    if (Object.keys(patch).length) {
      await this.repo.update(id, patch);
      await Promise.all(this.profileListeners.map((listener) => listener(id)));
    }
    return this.get(id);
  }

  /** Targets, summaries and agent memory depend on the profile; they follow its changes. */
  onProfileChanged(listener: ProfileChangeListener): void {
    this.profileListeners.push(listener);
  }

  async grantRole(id: string, role: Role): Promise<boolean> {
    await this.get(id);
    const changed = await this.repo.addRole(id, role);
    this.state.invalidate(id);
    return changed;
  }

  async revokeRole(id: string, role: Role): Promise<boolean> {
    if (role === 'user') throw conflict('role-required', 'Every account keeps the user role.');
    await this.get(id);
    const changed = await this.repo.removeRole(id, role);
    this.state.invalidate(id);
    return changed;
  }

  async setActive(id: string, active: boolean): Promise<UserAccount> {
    const user = await this.get(id);
    await this.repo.update(id, {
      status: active ? 'active' : 'deactivated',
      deactivatedAt: active ? null : new Date(),
    });
    this.state.invalidate(id);
    return { ...user, status: active ? 'active' : 'deactivated' };
  }

  search(q: string | undefined, limit: number, cursor?: string): Promise<UserPage> {
    let decoded: { createdAt: string; id: string } | undefined;
    if (cursor) {
      const [createdAt, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
      decoded = { createdAt: createdAt.toISOString(), id };
    }
    return this.repo.search(q, limit, decoded);
  }

  assertActive(user: UserAccount): void {
    if (user.status !== 'active')
      throw new ProblemException(401, 'account-deactivated', 'Unauthorized', 'This account is deactivated.');
  }
}
