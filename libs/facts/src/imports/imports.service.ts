import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, QueueService, badRequest, decodeCursor, encodeCursor, notFound } from '@welness/platform';
import { isAbsolute, relative, resolve } from 'node:path';
import { access } from 'node:fs/promises';
import { isUrl } from './import-source';
import { ImportsRepository } from './imports.repository';
import type { ImportFormat, ProductImport } from './product-import.entity';

export const IMPORT_JOB = 'facts.import';

/** `.csv`, `.tsv` (optionally gzipped) are OFF's CSV export; anything else is JSONL. */
export function inferFormat(source: string): ImportFormat {
  const path = isUrl(source) ? new URL(source).pathname : source;
  return /\.(csv|tsv)(\.gz)?$/i.test(path) ? 'csv' : 'jsonl';
}

export interface ImportPage {
  items: ProductImport[];
  nextCursor: string | null;
}

@Injectable()
export class ImportsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: ImportsRepository,
    private readonly queues: QueueService,
  ) {}

  /**
   * Admin API sources: an http(s) URL, or a file inside IMPORTS_DIR (the API must not read
   * arbitrary server paths). The CLI, run by an operator on the box, may pass any path.
   */
  async resolveApiSource(source: string): Promise<string> {
    if (isUrl(source)) return source;
    const root = resolve(this.config.IMPORTS_DIR);
    const path = resolve(root, source);
    const rel = relative(root, path);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw badRequest('invalid-import-source', `source must be an http(s) URL or a file inside the imports directory`);
    }
    await access(path).catch(() => {
      throw badRequest('invalid-import-source', `no file ${source} in the imports directory`);
    });
    return path;
  }

  /** Creates an import row, or returns the unfinished one of the same source (a re-run resumes). */
  async create(source: string, format: ImportFormat | undefined, requestedBy: string | null): Promise<ProductImport> {
    const fmt = format ?? inferFormat(source);
    const unfinished = await this.imports.findUnfinished(source, fmt);
    return unfinished ?? this.imports.create(source, fmt, requestedBy);
  }

  async enqueue(row: ProductImport): Promise<void> {
    // A running import already has its job (BullMQ hands a dead worker's job to another).
    if (row.status === 'running') return;
    await this.queues.add('facts', IMPORT_JOB, { importId: row.id }, { jobId: `import-${row.id}-${Date.now()}` });
  }

  async start(source: string, format: ImportFormat | undefined, requestedBy: string | null): Promise<ProductImport> {
    const row = await this.create(source, format, requestedBy);
    await this.enqueue(row);
    return row;
  }

  async get(id: string): Promise<ProductImport> {
    const row = await this.imports.get(id);
    if (!row) throw notFound('Import', `No import ${id}.`);
    return row;
  }

  async list(limit: number, cursor?: string): Promise<ImportPage> {
    let before: { createdAt: Date; id: string } | undefined;
    if (cursor) {
      const [createdAt, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
      before = { createdAt, id };
    }
    const rows = await this.imports.list(limit + 1, before);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null;
    return { items, nextCursor };
  }
}
