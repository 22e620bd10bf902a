import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NormalizeRequest } from './normalize.worker';
import { parseBatch, type ParsedBatch, type RecordSyntax } from './record-parser';

export interface NormalizeJob {
  bytes: Buffer;
  firstLine: number;
  syntax: RecordSyntax;
  header: string[] | null;
  importId: string | null;
  storedAtMs: number;
}

export type NormalizedBatch = ParsedBatch & { docCount: number };

type Reply = { id: number; result?: NormalizedBatch; error?: string };

interface Pending {
  resolve: (batch: NormalizedBatch) => void;
  reject: (err: Error) => void;
}

/** The compiled worker script; absent when running from TypeScript sources (tests). */
export function workerScript(): string | null {
  const path = join(__dirname, 'normalize.worker.js');
  return existsSync(path) ? path : null;
}

/**
 * Parse + normalize on worker threads (each batch goes to the least busy thread, its bytes
 * transferred, not copied). With zero threads, or without a compiled worker script, the
 * same function runs on the calling thread.
 */
export class NormalizePool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(threads: number, private readonly countOnly = false) {
    const script = threads > 0 ? workerScript() : null;
    if (!script) return;
    for (let i = 0; i < threads; i += 1) {
      // A capped old generation makes each thread collect early instead of growing its heap:
      // a batch's objects are garbage once its documents are built, so RSS stays flat.
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 64 } });
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: Reply) => {
        slot.busy -= 1;
        const waiter = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (!waiter) return;
        if (reply.result) waiter.resolve(reply.result);
        else waiter.reject(new Error(reply.error ?? 'normalize worker failed'));
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`normalize worker exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  /**
   * Batches worth keeping in flight: two per thread, so a thread finds its next batch queued
   * when it finishes one (the reader and the in-order writer never leave it idle), and no more,
   * so memory stays bounded whatever the file size.
   */
  get depth(): number {
    return Math.max(2, 2 * this.workers.length);
  }

  async normalize(job: NormalizeJob): Promise<NormalizedBatch> {
    if (this.failure) throw this.failure;
    if (this.workers.length === 0) {
      const parsed = parseBatch(job);
      return { ...parsed, docCount: parsed.docs.length, ...(this.countOnly ? { docs: [] } : {}) };
    }
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    // Transfer the batch's own ArrayBuffer; copy only when the bytes share a larger one.
    const own = job.bytes.byteOffset === 0 && job.bytes.buffer.byteLength === job.bytes.byteLength;
    const bytes = own ? new Uint8Array(job.bytes.buffer) : Uint8Array.from(job.bytes);
    const req: NormalizeRequest = { ...job, id, bytes, countOnly: this.countOnly };
    return new Promise<NormalizedBatch>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.busy += 1;
      slot.worker.postMessage(req, [bytes.buffer as ArrayBuffer]);
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const waiter of this.pending.values()) waiter.reject(err);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers.length = 0;
  }
}
