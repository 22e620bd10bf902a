import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS } from '@welness/platform';
import type Redis from 'ioredis';
import type { MemoryBlockDefinition } from '../config/agent-config.entity';
import { ToolError } from '../tools/tool.types';
import type { CoreMemoryBlock } from './core-memory.types';
import { MemoryBlockRepository } from './memory-block.repository';

const TTL_SECONDS = 7 * 24 * 3600;
const key = (userId: string) => `agent:mem:${userId}`;

/**
 * Core memory blocks (persona, human, health_context): always in the prompt. Redis is the hot
 * copy; PostgreSQL is the record, written first, so a Redis flush or restart loses nothing.
 */
@Injectable()
export class CoreMemoryService {
  private readonly log = new Logger('CoreMemory');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly rows: MemoryBlockRepository,
  ) {}

  /** The user's blocks in definition order; missing ones start empty (persona from the agent). */
  async load(userId: string, defs: MemoryBlockDefinition[], persona: string): Promise<CoreMemoryBlock[]> {
    return this.blocks(await this.values(userId), defs, persona);
  }

  blocks(values: Map<string, string>, defs: MemoryBlockDefinition[], persona: string): CoreMemoryBlock[] {
    return defs.map((d) => ({
      label: d.label,
      limit: d.limit,
      value: values.get(d.label) ?? (d.label === 'persona' ? persona.slice(0, d.limit) : ''),
    }));
  }

  async append(userId: string, def: MemoryBlockDefinition, text: string): Promise<CoreMemoryBlock> {
    const current = (await this.values(userId)).get(def.label) ?? '';
    const line = text.trim();
    if (current.split('\n').includes(line)) return { label: def.label, limit: def.limit, value: current };
    return this.write(userId, def, current ? `${current}\n${line}` : line);
  }

  async replace(
    userId: string,
    def: MemoryBlockDefinition,
    oldText: string,
    newText: string,
  ): Promise<CoreMemoryBlock> {
    const current = (await this.values(userId)).get(def.label) ?? '';
    if (!current.includes(oldText)) throw new ToolError(`"${oldText}" is not in the ${def.label} block`);
    return this.write(
      userId,
      def,
      current
        .replace(oldText, newText.trim())
        .replace(/\n{2,}/g, '\n')
        .trim(),
    );
  }

  /** Sets a keyed line ("Allergies: peanuts") in a block, replacing the previous line for that key. */
  async setLine(
    userId: string,
    def: MemoryBlockDefinition,
    keyName: string,
    value: string,
  ): Promise<CoreMemoryBlock> {
    const current = (await this.values(userId)).get(def.label) ?? '';
    const prefix = `${keyName}:`;
    const lines = current.split('\n').filter((l) => l && !l.startsWith(prefix));
    lines.push(`${prefix} ${value}`);
    return this.write(userId, def, lines.join('\n'));
  }

  async erase(userId: string): Promise<void> {
    await this.rows.erase(userId);
    await this.redis.del(key(userId)).catch(() => 0);
  }

  async export(userId: string): Promise<{ label: string; value: string }[]> {
    const rows = await this.rows.list(userId);
    return rows.map((r) => ({ label: r.label, value: r.value }));
  }

  private async write(userId: string, def: MemoryBlockDefinition, value: string): Promise<CoreMemoryBlock> {
    if (value.length > def.limit) {
      throw new ToolError(
        `the ${def.label} block would hold ${value.length} characters, over its limit of ${def.limit}; replace older lines first`,
      );
    }
    await this.rows.upsert(userId, def.label, value, def.limit);
    try {
      await this.redis.multi().hset(key(userId), def.label, value).expire(key(userId), TTL_SECONDS).exec();
    } catch (err) {
      // PostgreSQL already has it; drop the stale hot copy so the next read reloads.
      this.log.warn(`redis write failed: ${(err as Error).message}`);
      await this.redis.del(key(userId)).catch(() => 0);
    }
    return { label: def.label, limit: def.limit, value };
  }

  /** Raw block values by label, from Redis or (after a flush or restart) PostgreSQL. */
  async values(userId: string): Promise<Map<string, string>> {
    try {
      const cached = await this.redis.hgetall(key(userId));
      if (cached && Object.keys(cached).length)
        return new Map(Object.entries(cached).filter(([k]) => k !== '_'));
    } catch (err) {
      this.log.warn(`redis read failed, using PostgreSQL: ${(err as Error).message}`);
      return this.fromPostgres(userId);
    }
    const values = await this.fromPostgres(userId);
    // "_" marks a loaded-but-empty user so an empty memory is not re-read from PostgreSQL every turn.
    const entries = Object.fromEntries([['_', '1'], ...values]);
    await this.redis
      .multi()
      .hset(key(userId), entries)
      .expire(key(userId), TTL_SECONDS)
      .exec()
      .catch(() => undefined);
    return values;
  }

  private async fromPostgres(userId: string): Promise<Map<string, string>> {
    const rows = await this.rows.list(userId);
    return new Map(rows.map((r) => [r.label, r.value]));
  }
}
