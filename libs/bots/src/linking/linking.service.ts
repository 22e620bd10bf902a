import { Inject, Injectable } from '@nestjs/common';
import { UsersService } from '@welness/identity';
import { ProblemException, REDIS, conflict } from '@welness/platform';
import type Redis from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import { TelegramBot } from '../telegram/telegram.bot';
import type { BotChat, BotLanguage } from './bot-chat.entity';
import { BotLinksRepository } from './bot-links.repository';

export const LINK_CODE_TTL_MS = 10 * 60_000;
/** Wrong codes a chat may try per window before /start answers "too many attempts". */
export const LINK_ATTEMPTS = 5;
const ATTEMPT_WINDOW_S = 600;
/** Codes an account may create per hour. */
const CODES_PER_HOUR = 10;

export interface LinkCode {
  code: string;
  deepLink: string;
  expiresAt: Date;
}

export type RedeemOutcome = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'rate-limited' };

const hash = (code: string) => createHash('sha256').update(code).digest('base64url');

/** One-time codes from the web, and which chat belongs to which account. */
@Injectable()
export class LinkingService {
  constructor(
    private readonly links: BotLinksRepository,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly telegram: TelegramBot,
    private readonly users: UsersService,
  ) {}

  /** A fresh code (earlier unused ones of the account stop working) and its t.me deep link. */
  async createCode(userId: string): Promise<LinkCode> {
    if (!this.telegram.enabled) throw conflict('telegram-disabled', 'The Telegram bot is not configured on this server.');
    const key = `bots:link-codes:${userId}`;
    const made = await this.redis.incr(key);
    if (made === 1) await this.redis.expire(key, 3600);
    if (made > CODES_PER_HOUR) {
      throw new ProblemException(429, 'too-many-link-codes', 'Too many requests', 'Too many Telegram link codes this hour; try again later.');
    }
    const me = await this.telegram.me();
    // 16 random bytes: 22 URL-safe characters, within Telegram's 64-character start parameter.
    const code = randomBytes(16).toString('base64url');
    const expiresAt = new Date(Date.now() + LINK_CODE_TTL_MS);
    await this.links.replaceCode(userId, hash(code), expiresAt);
    return { code, deepLink: `https://t.me/${me.username}?start=${code}`, expiresAt };
  }

  /**
   * `/start <code>`: single use (the UPDATE claims it atomically), refused once expired, and a
   * chat gets LINK_ATTEMPTS wrong tries per 10 minutes.
   */
  async redeem(chatId: string, chatType: string, code: string): Promise<RedeemOutcome> {
    const key = `bots:link-attempts:${chatId}`;
    const attempts = await this.redis.incr(key);
    if (attempts === 1) await this.redis.expire(key, ATTEMPT_WINDOW_S);
    if (attempts > LINK_ATTEMPTS) return { ok: false, reason: 'rate-limited' };
    if (!/^[A-Za-z0-9_-]{10,64}$/.test(code)) return { ok: false, reason: 'invalid' };
    const userId = await this.links.claimCode(hash(code), chatId);
    if (!userId) return { ok: false, reason: 'invalid' };
    const user = await this.users.findSummary(userId);
    if (!user || user.status !== 'active') return { ok: false, reason: 'invalid' };
    await this.redis.del(key);
    const language: BotLanguage = user.locale?.startsWith('es') ? 'es' : 'en';
    // One chat per account: linking here unlinks the account's previous chat.
    await this.links.link(chatId, userId, chatType, language);
    return { ok: true, userId };
  }

  chat(chatId: string): Promise<BotChat | null> {
    return this.links.chat(chatId);
  }

  chatOfUser(userId: string): Promise<BotChat | null> {
    return this.links.chatOfUser(userId);
  }

  /** Remembers an unlinked chat's language choice too (/language before linking). */
  async setLanguage(chatId: string, chatType: string, language: BotLanguage): Promise<void> {
    await this.links.setLanguage(chatId, chatType, language);
  }

  async unlinkChat(chatId: string): Promise<boolean> {
    return this.links.unlinkChat(chatId);
  }

  async unlinkUser(userId: string): Promise<BotChat | null> {
    const chat = await this.chatOfUser(userId);
    if (chat) await this.links.update(chat.chatId, { userId: null, linkedAt: null, mealReminders: [] });
    return chat;
  }

  /** 403 from Telegram: the user blocked the bot; the chat is unlinked and marked. */
  async markBlocked(chatId: string): Promise<BotChat | null> {
    const chat = await this.chat(chatId);
    if (!chat) return null;
    await this.links.update(chatId, { userId: null, linkedAt: null, mealReminders: [], blockedAt: new Date() });
    return chat;
  }

  async setReminders(chatId: string, times: string[]): Promise<void> {
    await this.links.update(chatId, { mealReminders: times });
  }

  async exportData(userId: string): Promise<unknown> {
    const chat = await this.chatOfUser(userId);
    const codes = await this.links.codesOf(userId);
    return {
      chat: chat && {
        chatId: chat.chatId,
        chatType: chat.chatType,
        language: chat.language,
        mealReminders: chat.mealReminders,
        linkedAt: chat.linkedAt,
      },
      linkCodes: codes.map((c) => ({ createdAt: c.createdAt, expiresAt: c.expiresAt, usedAt: c.usedAt })),
    };
  }

  async erase(userId: string): Promise<void> {
    await this.links.erase(userId);
  }

  async pruneCodes(): Promise<void> {
    await this.links.pruneCodes();
  }
}
