import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { UsersService } from '@welness/identity';
import { ProblemException, REDIS, conflict } from '@welness/platform';
import type Redis from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull, Not, Repository } from 'typeorm';
import { TelegramBot } from '../telegram/telegram.bot';
import { BotChat, type BotLanguage } from './bot-chat.entity';
import { BotLinkCode } from './bot-link-code.entity';

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
    @InjectRepository(BotChat) private readonly chats: Repository<BotChat>,
    @InjectRepository(BotLinkCode) private readonly codes: Repository<BotLinkCode>,
    @InjectDataSource() private readonly db: DataSource,
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
    await this.codes.delete({ userId, usedAt: IsNull() });
    await this.codes.insert({ codeHash: hash(code), userId, expiresAt, usedAt: null, usedByChatId: null });
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
    const rows = (await this.db.query(
      `UPDATE bot_link_codes SET used_at = now(), used_by_chat_id = $2
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [hash(code), chatId],
    )) as [{ user_id: string }[], number];
    const userId = rows[0]?.[0]?.user_id;
    if (!userId) return { ok: false, reason: 'invalid' };
    const user = await this.users.findSummary(userId);
    if (!user || user.status !== 'active') return { ok: false, reason: 'invalid' };
    await this.redis.del(key);
    const language: BotLanguage = user.locale?.startsWith('es') ? 'es' : 'en';
    await this.db.transaction(async (m) => {
      // One chat per account: linking here unlinks the account's previous chat.
      await m.update(BotChat, { userId, chatId: Not(chatId) }, { userId: null, linkedAt: null, mealReminders: [] });
      await m.upsert(BotChat, { chatId, userId, chatType, language, linkedAt: new Date(), blockedAt: null }, ['chatId']);
    });
    return { ok: true, userId };
  }

  chat(chatId: string): Promise<BotChat | null> {
    return this.chats.findOne({ where: { chatId } });
  }

  chatOfUser(userId: string): Promise<BotChat | null> {
    return this.chats.findOne({ where: { userId } });
  }

  /** Remembers an unlinked chat's language choice too (/language before linking). */
  async setLanguage(chatId: string, chatType: string, language: BotLanguage): Promise<void> {
    await this.chats.upsert({ chatId, chatType, language }, ['chatId']);
  }

  async unlinkChat(chatId: string): Promise<boolean> {
    const res = await this.chats.update({ chatId, userId: Not(IsNull()) }, { userId: null, linkedAt: null, mealReminders: [] });
    return (res.affected ?? 0) > 0;
  }

  async unlinkUser(userId: string): Promise<BotChat | null> {
    const chat = await this.chatOfUser(userId);
    if (chat) await this.chats.update({ chatId: chat.chatId }, { userId: null, linkedAt: null, mealReminders: [] });
    return chat;
  }

  /** 403 from Telegram: the user blocked the bot; the chat is unlinked and marked. */
  async markBlocked(chatId: string): Promise<BotChat | null> {
    const chat = await this.chat(chatId);
    if (!chat) return null;
    await this.chats.update({ chatId }, { userId: null, linkedAt: null, mealReminders: [], blockedAt: new Date() });
    return chat;
  }

  async setReminders(chatId: string, times: string[]): Promise<void> {
    await this.chats.update({ chatId }, { mealReminders: times });
  }

  async exportData(userId: string): Promise<unknown> {
    const chat = await this.chatOfUser(userId);
    const codes = await this.codes.find({ where: { userId }, order: { createdAt: 'ASC' } });
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
    await this.chats.delete({ userId });
    await this.codes.delete({ userId });
  }

  async pruneCodes(): Promise<void> {
    await this.db.query(`DELETE FROM bot_link_codes WHERE expires_at < now() - interval '1 day'`);
  }
}
