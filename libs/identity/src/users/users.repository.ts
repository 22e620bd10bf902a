import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@welness/platform';
import { Repository } from 'typeorm';
import { UserAccount, UserStatus } from './user.entity';

export interface UserPage {
  items: UserAccount[];
  nextCursor: string | null;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserAccount) private readonly repo: Repository<UserAccount>) {}

  findById(id: string): Promise<UserAccount | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserAccount | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  /** Minimal state the guard needs on every request. */
  async findState(id: string): Promise<{ status: UserStatus; roles: Role[] } | null> {
    const rows = (await this.repo.query('SELECT status, roles FROM users WHERE id = $1', [id])) as {
      status: UserStatus;
      roles: Role[];
    }[];
    return rows[0] ?? null;
  }

  /** Email by id for the given ids (admin views label ids with them); unknown ids are left out. */
  async emailsByIds(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = (await this.repo.query('SELECT id, email FROM users WHERE id = ANY($1::uuid[])', [ids])) as {
      id: string;
      email: string;
    }[];
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  create(data: Partial<UserAccount>): Promise<UserAccount> {
    return this.repo.save(this.repo.create(data));
  }

  async update(id: string, patch: Partial<UserAccount>): Promise<void> {
    await this.repo.update({ id }, patch);
  }

  async addRole(id: string, role: Role): Promise<boolean> {
    const res = await this.repo.query(
      `UPDATE users SET roles = array_append(roles, $2), updated_at = now() WHERE id = $1 AND NOT ($2 = ANY(roles)) RETURNING id`,
      [id, role],
    );
    return rowCount(res) > 0;
  }

  async removeRole(id: string, role: Role): Promise<boolean> {
    const res = await this.repo.query(
      `UPDATE users SET roles = array_remove(roles, $2), updated_at = now() WHERE id = $1 AND $2 = ANY(roles) RETURNING id`,
      [id, role],
    );
    return rowCount(res) > 0;
  }

  /** Keyset pagination over (created_at, id); `q` matches email or display name by prefix/substring. */
  async search(
    q: string | undefined,
    limit: number,
    cursor?: { createdAt: string; id: string },
  ): Promise<UserPage> {
    const qb = this.repo
      .createQueryBuilder('u')
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(limit + 1);
    if (q) {
      const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.email LIKE :like OR lower(u.display_name) LIKE :like)', { like });
    }
    if (cursor) qb.andWhere('(u.created_at, u.id) > (:c, :cid)', { c: cursor.createdAt, cid: cursor.id });
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url')
        : null;
    return { items, nextCursor };
  }

  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
  }
}

function rowCount(res: unknown): number {
  return Array.isArray(res) ? (Array.isArray(res[0]) ? res[0].length : res.length) : 0;
}
