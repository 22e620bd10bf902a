import { Injectable } from '@nestjs/common';
import { CoreMemoryService } from '../memory/core-memory.service';
import { ToolError, ToolProvider, ToolSpec, defineTool } from '../tools/tool.types';
import { ProfileArgs, profileArgs } from './profile.args';
import { ProfileWriter } from './profile.writer';

const LINES: [keyof ProfileArgs, string, (v: never) => string][] = [
  ['age', 'Age', (v: number) => String(v)],
  ['sex', 'Sex', (v: string) => v],
  ['heightCm', 'Height', (v: number) => `${v} cm`],
  ['weightKg', 'Weight', (v: number) => `${v} kg`],
  ['activity', 'Activity', (v: string) => v.replace('_', ' ')],
  ['diet', 'Diet', (v: string) => v],
  ['allergies', 'Allergies', (v: string[]) => (v.length ? v.join(', ') : 'none')],
  ['dislikes', 'Dislikes', (v: string[]) => (v.length ? v.join(', ') : 'none')],
];

/**
 * `save_profile`: what the user tells about themselves goes to the `human` memory block
 * (always), and to their account profile and weight log through the owning modules.
 */
@Injectable()
export class ProfileTools implements ToolProvider {
  constructor(
    private readonly core: CoreMemoryService,
    private readonly writer: ProfileWriter,
  ) {}

  tools(): ToolSpec[] {
    return [
      defineTool({
        name: 'save_profile',
        description:
          "Save facts the user states about themselves (age, sex, height, weight, activity level, diet type, allergies, dislikes) to their profile and the 'human' memory block.",
        write: true,
        args: profileArgs,
        run: async (a, ctx) => {
          const human = ctx.memoryBlocks.find((b) => b.label === 'human');
          if (!human) throw new ToolError('this agent has no human memory block');
          const parts: string[] = [];
          for (const [key, label, fmt] of LINES) {
            const v = a[key];
            if (v === undefined) continue;
            const text = fmt(v as never);
            await this.core.setLine(ctx.userId, human, label, text);
            parts.push(`${label.toLowerCase()} ${text}`);
          }
          if (!parts.length) throw new ToolError('no profile facts given');
          const stored = await this.writer.write(ctx.userId, a, ctx.now);
          return { summary: parts.join(', '), storedIn: ['memory:human', ...stored] };
        },
      }),
    ];
  }
}
