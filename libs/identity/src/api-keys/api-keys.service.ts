import { Injectable } from '@nestjs/common';
import { notFound } from '@welness/platform';
import { randomToken, sha256 } from '../auth/token.util';
import { ApiKeyAttempts } from '../throttle/api-key-attempts';
import { ApiKey, ApiKeyScope } from './api-key.entity';
import { ApiKeysRepository } from './api-keys.repository';

const KEY_PREFIX = 'wk_';
/** last_used_at is informational; writing it on every call would double the cost of an API-key request. */
const TOUCH_INTERVAL_MS = 60_000;
/**
 * Verified keys are remembered briefly so integrations polling the API do not cost a database
 * round trip per call. Revoking on this instance drops the entry at once; other instances
 * forget it within this time.
 */
const CACHE_TTL_MS = 30_000;
const CACHE_MAX = 10_000;

interface CachedKey {
  id: string;
  userId: string;
  scopes: ApiKeyScope[];
  at: number;
  touchedAt: number;
}

@Injectable()
export class ApiKeysService {
  private readonly cache = new Map<string, CachedKey>();

  constructor(
    private readonly repo: ApiKeysRepository,
    private readonly attempts: ApiKeyAttempts,
  ) {}

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
    this.forget((k) => k.id === id);
  }

  /**
   * The key's owner and scopes, or null. A key verified within CACHE_TTL_MS answers from memory;
   * any other is looked up only while `clientIp` is under its failed-attempt limit (else 429).
   */
  async authenticate(key: string, clientIp: string): Promise<{ userId: string; scopes: ApiKeyScope[] } | null> {
    const hash = sha256(key);
    const now = Date.now();
    let entry = this.cache.get(hash);
    if (!entry || now - entry.at > CACHE_TTL_MS) {
      await this.attempts.assertAllowed(clientIp);
      const row = key.startsWith(KEY_PREFIX) && key.length <= 100 ? await this.repo.findActiveByHash(hash) : null;
      if (!row) {
        this.cache.delete(hash);
        await this.attempts.recordFailure(clientIp);
        return null;
      }
      if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
      entry = {
        id: row.id,
        userId: row.userId,
        scopes: row.scopes,
        at: now,
        touchedAt: entry?.touchedAt ?? 0,
      };
      this.cache.set(hash, entry);
    }
    if (now - entry.touchedAt > TOUCH_INTERVAL_MS) {
      entry.touchedAt = now;
      await this.repo.touch(entry.id);
    }
    return { userId: entry.userId, scopes: entry.scopes };
  }

  async eraseFor(userId: string): Promise<void> {
    await this.repo.deleteForUser(userId);
    this.forget((k) => k.userId === userId);
  }

  private forget(match: (k: CachedKey) => boolean): void {
    for (const [hash, k] of this.cache) if (match(k)) this.cache.delete(hash);
  }
}
