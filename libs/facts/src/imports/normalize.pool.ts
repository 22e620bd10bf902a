import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { UpsertOutcome } from '../catalogue/catalogue.writer';
import type { CatalogueEntry } from '../catalogue/product.document';
import type { CatalogueTarget, NormalizedCounts, WorkerReply, WorkerRequest, WrittenBatch } from './normalize.protocol';
import { parseBatch, type RecordSyntax } from './record-parser';

export interface NormalizeJob {
  bytes: Buffer;
  firstLine: number;
  syntax: RecordSyntax;
  header: string[] | null;
  importId: string | null;
  storedAtMs: number;
}

/** A parsed batch; its documents stay where they were built until `write`. */
export interface NormalizedBatch extends NormalizedCounts {
  readonly ticket: { slot: number; id: number } | { docs: CatalogueEntry[] };
}

/**
 * Where documents go. `target` is what worker threads connect to; `write` is the same write
 * on the calling thread, used when there are no worker threads. Null: the sink is disabled
 * (benchmarks) and documents are dropped where they are built.
 */
export interface CatalogueSink {
  target: CatalogueTarget;
  write(entries: readonly CatalogueEntry[]): Promise<UpsertOutcome>;
}

interface Slot {
  worker: Worker;
  busy: number;
  waiting: Map<number, { resolve: (reply: WorkerReply) => void; reject: (err: Error) => void }>;
}

/** The compiled worker script; absent when running from TypeScript sources (unit tests). */
export function workerScript(): string | null {
  const path = join(__dirname, 'normalize.worker.js');
  return existsSync(path) ? path : null;
}

/**
 * Parse + normalize (and write) on worker threads. Each batch goes to the least busy thread,
 * its bytes transferred, not copied; the documents stay in that thread and are written from
 * there when the caller says so, in the caller's order. With zero threads, or without a
 * compiled worker script, the same functions run on the calling thread.
 */
export class NormalizePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private failure: Error | null = null;

  constructor(
    threads: number,
    private readonly sink: CatalogueSink | null,
  ) {
    const script = threads > 0 ? workerScript() : null;
    if (!script) return;
    for (let i = 0; i < threads; i += 1) {
      // Capped heaps make each thread collect early instead of growing: a batch's objects are
      // garbage once it is written, so RSS stays flat whatever the file size. The young
      // generation holds a batch of parsed ~20 KB documents (FACTS_IMPORT_BATCH_SIZE, 50), so they rarely reach old space.
      const worker = new Worker(script, {
        workerData: { target: sink?.target ?? null },
        resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 32 },
      });
      const slot: Slot = { worker, busy: 0, waiting: new Map() };
      worker.on('message', (reply: WorkerReply) => {
        slot.busy -= 1;
        const waiter = slot.waiting.get(reply.id);
        slot.waiting.delete(reply.id);
        if (!waiter) return;
        if (reply.error !== undefined) waiter.reject(new Error(reply.error));
        else waiter.resolve(reply);
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`normalize worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  get threads(): number {
    return this.slots.length;
  }

  /**
   * Batches worth keeping in flight: two per thread, so a thread finds its next batch queued
   * when it finishes one (the reader and the in-order writer never leave it idle), and no more,
   * so memory stays bounded whatever the file size.
   */
  get depth(): number {
    return Math.max(2, 2 * this.slots.length);
  }

  async normalize(job: NormalizeJob): Promise<NormalizedBatch> {
    if (this.failure) throw this.failure;
    if (this.slots.length === 0) {
      const { docs, processed, rejects } = parseBatch(job);
      return { processed, rejects, docCount: docs.length, ticket: { docs: this.sink ? docs : [] } };
    }
    const index = this.slots.reduce((best, slot, i) => (slot.busy < this.slots[best].busy ? i : best), 0);
    // Transfer the batch's own ArrayBuffer; copy only when the bytes share a larger one.
    const own = job.bytes.byteOffset === 0 && job.bytes.buffer.byteLength === job.bytes.byteLength;
    const bytes = own ? new Uint8Array(job.bytes.buffer) : Uint8Array.from(job.bytes);
    const id = this.nextId++;
    const reply = await this.send(index, { ...job, type: 'normalize', id, bytes, keep: this.sink !== null }, [bytes.buffer as ArrayBuffer]);
    return { ...reply.normalized!, ticket: { slot: index, id } };
  }

  /** Writes a normalized batch to the catalogue; call in file order. */
  async write(batch: NormalizedBatch): Promise<WrittenBatch> {
    if (!this.sink) return { inserted: 0, updated: 0, codes: [] };
    const { ticket } = batch;
    if ('docs' in ticket) {
      const outcome = await this.sink.write(ticket.docs);
      return { ...outcome, codes: ticket.docs.map((d) => d.product._id) };
    }
    return (await this.send(ticket.slot, { type: 'write', id: ticket.id })).written!;
  }

  private send(index: number, req: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots[index];
    return new Promise<WorkerReply>((resolve, reject) => {
      slot.waiting.set(req.id, { resolve, reject });
      slot.busy += 1;
      slot.worker.postMessage(req, transfer);
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const slot of this.slots) {
      for (const waiter of slot.waiting.values()) waiter.reject(err);
      slot.waiting.clear();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
