import { Inject, Injectable } from '@nestjs/common';
import { REDIS } from '@welness/platform';
import type Redis from 'ioredis';

export type MealSlotKey = 'breakfast' | 'lunch' | 'dinner' | 'snacks';

/** Where a guided conversation stands in a chat: searching for a food, or adding a product. */
export type Flow = { step: 'search'; slot: MealSlotKey } | { step: 'add'; code: string; slot: MealSlotKey | null };

const TTL_S = 15 * 60;

@Injectable()
export class FlowStore {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async get(chatId: string): Promise<Flow | null> {
    const raw = await this.redis.get(`bots:flow:${chatId}`);
    return raw ? (JSON.parse(raw) as Flow) : null;
  }

  async set(chatId: string, flow: Flow): Promise<void> {
    await this.redis.set(`bots:flow:${chatId}`, JSON.stringify(flow), 'EX', TTL_S);
  }

  async clear(chatId: string): Promise<void> {
    await this.redis.del(`bots:flow:${chatId}`);
  }
}
