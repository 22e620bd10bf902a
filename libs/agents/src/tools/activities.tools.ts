import { Injectable } from '@nestjs/common';
import { ActivitiesService } from '@welness/activities';
import { z } from 'zod';
import { ToolError, ToolProvider, ToolSpec, defineTool } from './tool.types';

/** Everyday words to the activity keys of the MET table (2011 Compendium). */
const WORDS: [RegExp, string][] = [
  [/^(ran|run|running)$/, 'running'],
  [/^(jog|jogged|jogging)$/, 'jogging'],
  [/^(walk|walked|walking)$/, 'walking'],
  [/^(cycled|cycling|biked|biking|bike|cycle)$/, 'cycling'],
  [/^(swam|swim|swimming)$/, 'swimming'],
  [/^yoga$/, 'yoga_hatha'],
  [/^(hiked|hiking|hike)$/, 'hiking'],
  [/^(rowed|rowing|row)$/, 'rowing_machine'],
  [/^(danced|dancing|dance)$/, 'dance_general'],
  [/^(football|soccer)$/, 'soccer'],
];

export function activityKey(word: string): string {
  const w = word.trim().toLowerCase();
  return WORDS.find(([re]) => re.test(w))?.[1] ?? w.replace(/\s+/g, '_');
}

@Injectable()
export class ActivitiesTools implements ToolProvider {
  constructor(private readonly activities: ActivitiesService) {}

  tools(): ToolSpec[] {
    return [
      defineTool({
        name: 'log_activity',
        description:
          'Log an activity (e.g. "running", "walking", "cycling", "swimming", "yoga" or a MET table key) with its duration in minutes; energy is MET × weight × hours.',
        write: true,
        args: z
          .object({
            activity: z.string().min(2).max(60),
            minutes: z.number().min(1).max(1440),
            distanceKm: z.number().min(0).max(1000).optional(),
          })
          .strict(),
        run: async (a, ctx) => {
          const startedAt = new Date(ctx.now.getTime() - a.minutes * 60_000).toISOString();
          const row = await this.activities
            .create(ctx.userId, {
              type: activityKey(a.activity),
              startedAt,
              durationMin: a.minutes,
              distanceM: a.distanceKm !== undefined ? a.distanceKm * 1000 : undefined,
            })
            .catch((err: unknown) => {
              if (err instanceof Error && 'status' in err) throw new ToolError(err.message);
              throw err;
            });
          return {
            activity: {
              id: row.id,
              date: row.date,
              key: row.activityKey,
              minutes: row.durationMin,
              energyKcal: row.energyKcal,
            },
            text: `Logged ${row.durationMin} min of ${row.activityKey.replace(/_/g, ' ')}: about ${Math.round(row.energyKcal)} kcal burned.`,
          };
        },
      }),
    ];
  }
}
