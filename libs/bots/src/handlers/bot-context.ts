import type { Context } from 'grammy';
import type { BotLanguage } from '../linking/bot-chat.entity';

/** What the router attaches to every update before the handlers run. */
export interface ChatState {
  chatId: string;
  chatType: string;
  updateId: number;
  language: BotLanguage;
  /** The linked account, or null: then only /start, /help and /language answer. */
  userId: string | null;
}

export type BotContext = Context & { state: ChatState };

/** Meal slot from the time of day, for a portion logged outside the guided /log. */
export function slotForHour(hour: number): 'breakfast' | 'lunch' | 'dinner' | 'snacks' {
  if (hour >= 5 && hour < 11) return 'breakfast';
  if (hour >= 11 && hour < 15) return 'lunch';
  if (hour >= 18 && hour < 23) return 'dinner';
  return 'snacks';
}

export function localHour(timeZone: string, now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
}
