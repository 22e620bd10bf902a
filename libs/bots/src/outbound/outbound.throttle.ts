import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS } from '@welness/platform';
import type { Transformer } from 'grammy';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { BotMetrics } from '../bot.metrics';

/**
 * Telegram: ~30 messages/s overall, 1/s per chat, 20/min per group; kept with a margin. Telegram
 * counts arrivals, so the spacing runs from when the previous answer came back (see WINDOW/PUSH).
 */
export const GLOBAL_SPACING_MS = 40; // 25/s
export const PRIVATE_CHAT_SPACING_MS = 1100;
export const GROUP_CHAT_SPACING_MS = 3100; // < 20/min
const MAX_RETRIES = 5;
const MAX_RETRY_AFTER_S = 300;

// Reserves the next send slot for one chat against the global and the chat's own spacing, on
// Redis' clock, so every process (api, workers) shares one schedule. Returns ms to wait.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local g = tonumber(redis.call('GET', KEYS[1]) or '0')
local c = tonumber(redis.call('GET', KEYS[2]) or '0')
local slot = math.max(now, g, c)
redis.call('SET', KEYS[1], slot + tonumber(ARGV[1]), 'PX', 60000)
redis.call('SET', KEYS[2], slot + tonumber(ARGV[2]), 'PX', 600000)
return slot - now`;

// Pushes a chat's next slot to at least now + ARGV[1] ms: after a send actually left (so event
// loop lag cannot squeeze two sends closer than the spacing) and after a 429's retry_after.
const PUSH = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local c = tonumber(redis.call('GET', KEYS[1]) or '0')
local next = now + tonumber(ARGV[1])
if next > c then redis.call('SET', KEYS[1], next, 'PX', 600000) end
return next`;

// The hard cap on arrivals: a send occupies the window from its approval until its answer came
// back (it reached Telegram somewhere in between), so at most ARGV[2] sends can arrive in any
// ARGV[1] ms however the event loop or the network bunches them. An approved send is entered as
// in flight (score = now + ARGV[4], so a crashed process frees its place) and DONE moves it to
// its completion time. Returns 0 (go) or ms to wait.
const WINDOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window + tonumber(ARGV[4]))
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.min(math.max(1, tonumber(oldest[2]) + window - now + 1), 200)`;

const DONE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])`;

const IN_FLIGHT_MS = 30_000;

/** Sends allowed in any one second, overall (Telegram: about 30). */
export const GLOBAL_PER_SECOND = 25;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Methods that put something in a chat count against the flood limits. */
function limitedChat(method: string, payload: unknown): number | string | undefined {
  if (!/^(send|edit|copy|forward)/.test(method)) return undefined;
  const chatId = (payload as { chat_id?: number | string } | undefined)?.chat_id;
  return chatId;
}

export type BlockedListener = (chatId: string) => Promise<void>;

/**
 * Every Bot API call goes through this grammY transformer: one outbound schedule that keeps
 * Telegram's limits (shared across processes through Redis, serialized per chat in-process),
 * retries 429s after `retry_after`, and reports 403s (the user blocked the bot).
 */
@Injectable()
export class OutboundThrottle {
  private readonly log = new Logger('TelegramOutbound');
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly blockedListeners: BlockedListener[] = [];

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly metrics: BotMetrics,
  ) {}

  onBlocked(listener: BlockedListener): void {
    this.blockedListeners.push(listener);
  }

  transformer(): Transformer {
    return async (prev, method, payload, signal) => {
      const chat = limitedChat(method, payload);
      if (chat === undefined) return prev(method, payload, signal);
      const chatId = String(chat);
      return this.serial(chatId, async () => {
        const spacing = chatId.startsWith('-') ? GROUP_CHAT_SPACING_MS : PRIVATE_CHAT_SPACING_MS;
        for (let attempt = 0; ; attempt++) {
          const wait = Number(await this.redis.eval(RESERVE, 2, 'bots:out:global', `bots:out:chat:${chatId}`, GLOBAL_SPACING_MS, spacing));
          if (wait > 0) await sleep(wait);
          const id = randomUUID();
          for (;;) {
            const over = Number(await this.redis.eval(WINDOW, 1, 'bots:out:window', 1000, GLOBAL_PER_SECOND, id, IN_FLIGHT_MS));
            if (over === 0) break;
            await sleep(over);
          }
          let res: Awaited<ReturnType<typeof prev>>;
          try {
            res = await prev(method, payload, signal);
          } finally {
            // The answer is back, so the request has arrived: the chat's next message may leave
            // one spacing from now (sends to a chat run one at a time), and the window entry
            // gets its real time.
            await Promise.all([
              this.redis.eval(PUSH, 1, `bots:out:chat:${chatId}`, spacing),
              this.redis.eval(DONE, 1, 'bots:out:window', id),
            ]);
          }
          if (res.ok) {
            this.metrics.messagesOut.inc({ method });
            return res;
          }
          if (res.error_code === 429 && attempt < MAX_RETRIES) {
            this.metrics.rateLimited.inc({ method });
            const retryAfter = Math.min(res.parameters?.retry_after ?? 1, MAX_RETRY_AFTER_S);
            this.log.warn(`429 on ${method} to chat ${chatId}: retrying after ${retryAfter}s`);
            await this.redis.eval(PUSH, 1, `bots:out:chat:${chatId}`, retryAfter * 1000);
            await sleep(retryAfter * 1000);
            continue;
          }
          if (res.error_code === 403) {
            this.metrics.blocked.inc();
            for (const l of this.blockedListeners) {
              await l(chatId).catch((err: Error) => this.log.warn(`blocked listener failed: ${err.message}`));
            }
          }
          return res;
        }
      });
    };
  }

  /** Runs calls to one chat one after another, in call order. */
  private serial<T>(chatId: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.chains.get(chatId) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.chains.set(chatId, tail);
    void tail.then(() => {
      if (this.chains.get(chatId) === tail) this.chains.delete(chatId);
    });
    return run;
  }
}
