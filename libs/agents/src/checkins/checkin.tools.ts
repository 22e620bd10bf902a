import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ToolProvider, ToolSpec, defineTool } from '../tools/tool.types';
import { CheckinService } from './checkin.service';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

@Injectable()
export class CheckinTools implements ToolProvider {
  constructor(private readonly checkins: CheckinService) {}

  tools(): ToolSpec[] {
    return [
      defineTool({
        name: 'schedule_checkins',
        description:
          "Schedule (or cancel with null) the daily check-in time and a weekly check-in day (1 = Monday … 7 = Sunday), in the user's time zone.",
        write: true,
        args: z
          .object({
            dailyTime: hhmm.nullable().optional(),
            weeklyDay: z.number().int().min(1).max(7).nullable().optional(),
            weeklyTime: hhmm.nullable().optional(),
          })
          .strict(),
        run: async (a, ctx) => {
          const current = await this.checkins.get(ctx.userId);
          return {
            checkins: await this.checkins.schedule(ctx.userId, {
              dailyTime: a.dailyTime === undefined ? current.dailyTime : a.dailyTime,
              weeklyDay: a.weeklyDay === undefined ? current.weeklyDay : a.weeklyDay,
              weeklyTime: a.weeklyTime === undefined ? current.weeklyTime : a.weeklyTime,
            }),
          };
        },
      }),
    ];
  }
}
