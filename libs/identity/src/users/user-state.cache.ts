import { Injectable } from '@nestjs/common';
import type { Role } from '@welness/platform';
import { UserStatus } from './user.entity';
import { UsersRepository } from './users.repository';

interface Entry {
  status: UserStatus;
  roles: Role[];
  at: number;
}

/**
 * Status and roles per user, read by the guard on every authenticated request. Entries live
 * 30 s, so a deactivation or role change made on another instance applies well within one
 * access-token lifetime; changes made here invalidate the entry at once.
 */
@Injectable()
export class UserStateCache {
  static readonly TTL_MS = 30_000;
  private static readonly MAX = 20_000;
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly users: UsersRepository) {}

  async get(userId: string): Promise<Entry | null> {
    const hit = this.entries.get(userId);
    if (hit && Date.now() - hit.at < UserStateCache.TTL_MS) return hit;
    const state = await this.users.findState(userId);
    if (!state) {
      this.entries.delete(userId);
      return null;
    }
    const entry = { ...state, at: Date.now() };
    if (this.entries.size >= UserStateCache.MAX)
      this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(userId, entry);
    return entry;
  }

  invalidate(userId: string): void {
    this.entries.delete(userId);
  }
}
