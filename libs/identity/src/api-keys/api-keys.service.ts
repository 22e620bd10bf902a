import { Injectable } from '@nestjs/common';
import { notFound } from '@welness/platform';
import { randomToken, sha256 } from '../auth/token.util';
import { ApiKey, ApiKeyScope } from './api-key.entity';
import { ApiKeysRepository } from './api-keys.repository';

const KEY_PREFIX = 'wk_';
/** last_used_at is informational; writing it on every call would double the cost of an API-key request. */
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class ApiKeysService {
  private readonly touched = new Map<string, number>();

  constructor(private readonly repo: ApiKeysRepository) {}

  /** Returns the row and the plaintext key, which is never retrievable again. */
  async create(userId: string, name: string, scopes: ApiKeyScope[]): Promise<{ key: string; row: ApiKey }> {
    const key = `${KEY_PREFIX}${randomToken()}`;
    const row = await this.repo.insert({
      userId,
      name,
      prefix: key.slice(0, 10),
      keyHash: sha256(key),
      scopes: [...new Set(scopes)],
    });
    return { key, row };
  }

  list(userId: string): Promise<ApiKey[]> {
    return this.repo.listForUser(userId);
  }

  async revoke(userId: string, id: string): Promise<void> {
    if (!(await this.repo.revoke(userId, id))) throw notFound('API key');
  }

  async authenticate(key: string): Promise<{ userId: string; scopes: ApiKeyScope[] } | null> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 100) return null;
    const row = await this.repo.findActiveByHash(sha256(key));
    if (!row) return null;
    const last = this.touched.get(row.id) ?? 0;
    if (Date.now() - last > TOUCH_INTERVAL_MS) {
      this.touched.set(row.id, Date.now());
      await this.repo.touch(row.id);
    }
    return { userId: row.userId, scopes: row.scopes };
  }

  async eraseFor(userId: string): Promise<void> {
    await this.repo.deleteForUser(userId);
  }
}
