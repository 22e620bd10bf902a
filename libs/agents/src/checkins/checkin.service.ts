import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { UsersService } from '@welness/identity';
import { UserClock } from '@welness/goals';
import { SummaryService } from '@welness/progress';
import { JobHandler, QueueService, badRequest, notFound } from '@welness/platform';
import type { Job } from 'bullmq';
import { ConversationRepository } from '../conversations/conversation.repository';
import { ConversationService } from '../conversations/conversation.service';
import { TurnService } from '../conversations/turn.service';
import type { AgentMessageEntity } from '../conversations/message.entity';
import { CheckinScheduleRepository } from './checkin-schedule.repository';
import { dailyCheckin, weeklyCheckin } from './checkin.text';

export interface CheckinJob {
  userId: string;
  kind: 'daily' | 'weekly';
}

export interface CheckinSettings {
  dailyTime: string | null;
  weeklyDay: number | null;
  weeklyTime: string | null;
}

export type CheckinListener = (userId: string, message: AgentMessageEntity) => Promise<void> | void;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const schedulerId = (userId: string, kind: CheckinJob['kind']) => `checkin:${kind}:${userId}`;

/**
 * Daily and weekly check-ins: one BullMQ job scheduler per user and kind, on a cron in the
 * user's own time zone. Each run summarises adherence with real numbers, suggests one next
 * step and posts it to the user's conversation (channels such as Telegram subscribe).
 */
@Injectable()
export class CheckinService implements OnModuleInit {
  private readonly log = new Logger('AgentCheckins');
  private readonly listeners: CheckinListener[] = [];

  constructor(
    private readonly schedules: CheckinScheduleRepository,
    private readonly queues: QueueService,
    private readonly users: UsersService,
    private readonly clock: UserClock,
    private readonly summary: SummaryService,
    private readonly conversations: ConversationService,
    private readonly turns: TurnService,
    private readonly messages: ConversationRepository,
  ) {}

  onModuleInit(): void {
    // Check-ins run at local times: a new time zone on the profile moves their schedules.
    this.users.onProfileChanged((userId) => this.followTimeZone(userId));
  }

  /** Reschedules a user's check-ins when the profile's time zone is no longer the one they were set in. */
  async followTimeZone(userId: string): Promise<void> {
    try {
      const s = await this.schedules.find(userId);
      if (!s) return;
      const user = await this.users.findSummary(userId);
      if (!user || user.timeZone === s.timeZone) return;
      await this.schedule(userId, {
        dailyTime: s.dailyTime,
        weeklyDay: s.weeklyDay,
        weeklyTime: s.weeklyTime,
      });
    } catch (err) {
      // The profile change itself stands; the next save of the check-ins retries.
      this.log.warn(`rescheduling check-ins of ${userId} failed: ${(err as Error).message}`);
    }
  }

  /** Channels (e.g. the Telegram bot) register to deliver check-ins too. */
  onCheckin(listener: CheckinListener): void {
    this.listeners.push(listener);
  }

  async get(userId: string): Promise<CheckinSettings> {
    const s = await this.schedules.find(userId);
    return {
      dailyTime: s?.dailyTime ?? null,
      weeklyDay: s?.weeklyDay ?? null,
      weeklyTime: s?.weeklyTime ?? null,
    };
  }

  async schedule(userId: string, settings: CheckinSettings): Promise<CheckinSettings> {
    for (const t of [settings.dailyTime, settings.weeklyTime])
      if (t !== null && !HHMM.test(t)) throw badRequest('validation', 'Times are HH:MM.');
    if (settings.weeklyDay !== null && (settings.weeklyDay < 1 || settings.weeklyDay > 7))
      throw badRequest('validation', 'weeklyDay is 1 (Monday) to 7 (Sunday).');
    const user = await this.users.findSummary(userId);
    if (!user) throw notFound('User');
    await this.schedules.upsert(userId, user.timeZone, settings);
    const queue = this.queues.queue('agents');
    await this.apply(queue, userId, 'daily', settings.dailyTime, '*', user.timeZone);
    const weeklyTime = settings.weeklyDay !== null ? (settings.weeklyTime ?? '18:00') : null;
    await this.apply(queue, userId, 'weekly', weeklyTime, String(settings.weeklyDay ?? '*'), user.timeZone);
    return this.get(userId);
  }

  async cancelAll(userId: string): Promise<void> {
    const queue = this.queues.queue('agents');
    await queue.removeJobScheduler(schedulerId(userId, 'daily'));
    await queue.removeJobScheduler(schedulerId(userId, 'weekly'));
  }

  @JobHandler('agents', 'agents.checkin')
  async handle(job: Job<CheckinJob>): Promise<{ delivered: boolean }> {
    return { delivered: !!(await this.deliver(job.data.userId, job.data.kind)) };
  }

  /** Builds and posts one check-in; skips when one of that kind already went out this local day. */
  async deliver(
    userId: string,
    kind: CheckinJob['kind'],
    now = new Date(),
  ): Promise<AgentMessageEntity | null> {
    const schedule = await this.schedules.find(userId);
    if (!schedule) return null;
    const today = await this.clock.localDay(userId, now);
    const last = kind === 'daily' ? schedule.lastDailyAt : schedule.lastWeeklyAt;
    if (last && (await this.clock.localDay(userId, last)) === today) return null;
    // Posting and recording the run are two commits: a worker killed between them leaves the
    // job to be retried, and the retry must find the posted check-in instead of posting again.
    const meta = { kind: `checkin-${kind}`, day: today };
    const posted = await this.messages.findMessageByMeta(userId, meta);
    if (posted) return this.recorded(userId, kind, now, posted.conversationId, posted);
    const text =
      kind === 'daily'
        ? dailyCheckin(await this.summary.daily(userId, today))
        : weeklyCheckin(await this.summary.weekly(userId, today));
    const conversation = schedule.conversationId
      ? await this.conversations.get(userId, schedule.conversationId).catch(() => null)
      : null;
    const target = conversation ?? (await this.conversations.latestOrCreate(userId, 'web'));
    const message = await this.turns.post(target, text, meta);
    return this.recorded(userId, kind, now, target.id, message);
  }

  /** Records the run on the schedule, then hands the message to the channels. */
  private async recorded(
    userId: string,
    kind: CheckinJob['kind'],
    now: Date,
    conversationId: string,
    message: AgentMessageEntity,
  ): Promise<AgentMessageEntity> {
    await this.schedules.recordRun(
      userId,
      kind === 'daily' ? { lastDailyAt: now, conversationId } : { lastWeeklyAt: now, conversationId },
    );
    for (const l of this.listeners) {
      await Promise.resolve(l(userId, message)).catch((err: Error) =>
        this.log.warn(`check-in listener failed: ${err.message}`),
      );
    }
    return message;
  }

  private async apply(
    queue: ReturnType<QueueService['queue']>,
    userId: string,
    kind: CheckinJob['kind'],
    time: string | null,
    dow: string,
    tz: string,
  ): Promise<void> {
    if (!time) {
      await queue.removeJobScheduler(schedulerId(userId, kind));
      return;
    }
    const [hh, mm] = time.split(':').map(Number);
    // Cron day-of-week is 0-6 from Sunday; ISO 7 (Sunday) maps to 0.
    const cronDow = dow === '*' ? '*' : String(Number(dow) % 7);
    await queue.upsertJobScheduler(
      schedulerId(userId, kind),
      { pattern: `${mm} ${hh} * * ${cronDow}`, tz },
      { name: 'agents.checkin', data: { userId, kind } satisfies CheckinJob },
    );
  }
}
