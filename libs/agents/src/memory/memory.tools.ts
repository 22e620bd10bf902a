import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { MemoryBlockDefinition } from '../config/agent-config.entity';
import { ToolError, ToolProvider, ToolSpec, defineTool } from '../tools/tool.types';
import { ARCHIVAL_STORE, type ArchivalStore } from './archival.store';
import { CoreMemoryService } from './core-memory.service';
import { RecallService } from './recall.service';

const label = z.string().min(1).max(40).describe('Memory block label, e.g. "human" or "health_context"');

function blockDef(defs: MemoryBlockDefinition[], name: string): MemoryBlockDefinition {
  const def = defs.find((d) => d.label === name);
  if (!def) throw new ToolError(`no memory block "${name}"; blocks: ${defs.map((d) => d.label).join(', ')}`);
  return def;
}

/** Letta-style memory tools: edit core blocks, search past messages, keep long-term notes. */
@Injectable()
export class MemoryTools implements ToolProvider {
  constructor(
    private readonly core: CoreMemoryService,
    private readonly recall: RecallService,
    @Inject(ARCHIVAL_STORE) private readonly archival: ArchivalStore,
  ) {}

  tools(): ToolSpec[] {
    return [
      defineTool({
        name: 'memory_append',
        description:
          'Append a line to a core memory block (always visible to you). Use for lasting facts about the user.',
        write: true,
        args: z.object({ label, text: z.string().min(1).max(500) }).strict(),
        run: async (a, ctx) => ({
          block: await this.core.append(ctx.userId, blockDef(ctx.memoryBlocks, a.label), a.text),
        }),
      }),
      defineTool({
        name: 'memory_replace',
        description: 'Replace text in a core memory block (use an empty new_text to delete it).',
        write: true,
        args: z
          .object({ label, old_text: z.string().min(1).max(500), new_text: z.string().max(500) })
          .strict(),
        run: async (a, ctx) => ({
          block: await this.core.replace(
            ctx.userId,
            blockDef(ctx.memoryBlocks, a.label),
            a.old_text,
            a.new_text,
          ),
        }),
      }),
      defineTool({
        name: 'recall_search',
        description: "Search the user's earlier messages in every conversation (full-text).",
        write: false,
        args: z
          .object({ query: z.string().min(1).max(200), limit: z.number().int().min(1).max(20).optional() })
          .strict(),
        run: async (a, ctx) => ({ hits: await this.recall.search(ctx.userId, a.query, a.limit ?? 5) }),
      }),
      defineTool({
        name: 'archival_insert',
        description: 'Store a long-term note about the user (too detailed for core memory).',
        write: true,
        args: z
          .object({
            content: z.string().min(1).max(2000),
            tags: z.array(z.string().max(40)).max(10).optional(),
          })
          .strict(),
        run: async (a, ctx) => ({ note: await this.archival.insert(ctx.userId, a.content, a.tags ?? []) }),
      }),
      defineTool({
        name: 'archival_search',
        description: 'Search long-term notes about the user.',
        write: false,
        args: z
          .object({ query: z.string().min(1).max(200), limit: z.number().int().min(1).max(20).optional() })
          .strict(),
        run: async (a, ctx) => ({ notes: await this.archival.search(ctx.userId, a.query, a.limit ?? 5) }),
      }),
    ];
  }
}
