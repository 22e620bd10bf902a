import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CheckinService } from '@welness/agents';
import { UsersService } from '@welness/identity';
import { JobHandler, QueueService, conflict } from '@welness/platform';
import type { Job } from 'bullmq';
import { localHour, slotForHour } from '../handlers/bot-context';
import { slotName, t } from '../handlers/bot.texts';
import { LinkingService } from '../linking/linking.service';
import { OutboundThrottle } from '../outbound/outbound.throttle';
import { TelegramBot } from '../telegram/telegram.bot';

export interface ReminderJob {
  userId: string;
  time: string;
}

const schedulerId = (userId: string, time: string) => `bots-reminder:${userId}:${time}`;

/**
 * Meal-logging reminders (one BullMQ job scheduler per user and time, cron in the user's time
 * zone) and the agent's check-ins, delivered to the user's linked chat.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly log = new Logger('TelegramReminders');

  constructor(
    private readonly telegram: TelegramBot,
    private readonly linking: LinkingService,
    private readonly queues: QueueService,
    private readonly users: UsersService,
    private readonly checkins: CheckinService,
    private readonly throttle: OutboundThrottle,
  ) {}

  onModuleInit(): void {
    this.checkins.onCheckin(async (userId, message) => void (await this.deliver(userId, message.content)));
    // 403: the user blocked the bot; the chat is unlinked and its reminders stop.
    this.throttle.onBlocked(async (chatId) => {
      const chat = await this.linking.markBlocked(chatId);
      if (chat?.userId) await this.cancel(chat.userId, chat.mealReminders);
    });
    // Reminders run at local times: a new time zone on the profile moves them.
    this.users.onProfileChanged((userId) => this.followTimeZone(userId));
  }

  /** Reschedules a user's meal reminders when the profile's time zone is no longer theirs. */
  async followTimeZone(userId: string): Promise<void> {
    try {
      const chat = await this.linking.chatOfUser(userId);
      if (!chat?.mealReminders.length) return;
      const tz = (await this.users.findSummary(userId))?.timeZone ?? 'UTC';
      const current = await this.queues.queue('bots').getJobScheduler(schedulerId(userId, chat.mealReminders[0]));
      if (current?.tz === tz) return;
      await this.setMealReminders(userId, chat.mealReminders);
    } catch (err) {
      // The profile change itself stands; saving the reminders again retries.
      this.log.warn(`rescheduling reminders of ${userId} failed: ${(err as Error).message}`);
    }
  }

  /** Replaces the user's meal reminder times (local HH:MM); the chat must be linked. */
  async setMealReminders(userId: string, times: string[]): Promise<string[]> {
    const chat = await this.linking.chatOfUser(userId);
    if (!chat) throw conflict('telegram-not-linked', 'Link a Telegram chat first.');
    const user = await this.users.findSummary(userId);
    const unique = [...new Set(times)].sort();
    await this.cancel(userId, chat.mealReminders);
    const queue = this.queues.queue('bots');
    for (const time of unique) {
      const [hh, mm] = time.split(':').map(Number);
      await queue.upsertJobScheduler(
        schedulerId(userId, time),
        { pattern: `${mm} ${hh} * * *`, tz: user?.timeZone ?? 'UTC' },
        { name: 'bots.reminder', data: { userId, time } satisfies ReminderJob },
      );
    }
    await this.linking.setReminders(chat.chatId, unique);
    return unique;
  }

  async cancel(userId: string, times: string[]): Promise<void> {
    const queue = this.queues.queue('bots');
    for (const time of times) await queue.removeJobScheduler(schedulerId(userId, time));
  }

  @JobHandler('bots', 'bots.reminder')
  async handle(job: Job<ReminderJob>): Promise<{ delivered: boolean }> {
    const chat = await this.linking.chatOfUser(job.data.userId);
    if (!chat || !chat.mealReminders.includes(job.data.time)) return { delivered: false };
    const user = await this.users.findSummary(job.data.userId);
    const slot = slotForHour(localHour(user?.timeZone ?? 'UTC'));
    return { delivered: await this.deliver(job.data.userId, t(chat.language, 'reminder', { slot: slotName(chat.language, slot) })) };
  }

  /** Sends to the user's linked chat, if any (the outbound throttle keeps the limits). */
  async deliver(userId: string, text: string): Promise<boolean> {
    if (!this.telegram.enabled) return false;
    const chat = await this.linking.chatOfUser(userId);
    if (!chat) return false;
    try {
      await this.telegram.instance.api.sendMessage(Number(chat.chatId), text.slice(0, 4096));
      return true;
    } catch (err) {
      // A 403 has already unlinked the chat (outbound throttle); nothing to retry.
      this.log.warn(`delivery to ${chat.chatId} failed: ${(err as Error).message}`);
      return false;
    }
  }
}
