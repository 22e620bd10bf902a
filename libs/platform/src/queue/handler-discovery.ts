import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JOB_HANDLER, JobHandlerMeta } from './job-handler.decorator';
import { QueueName, jobNames, queueNames } from './queue.registry';

export type BoundHandler = (job: Job) => Promise<unknown>;

export class MissingJobHandlersError extends Error {}

/** Finds every @JobHandler method in the app and checks the registry is fully covered. */
@Injectable()
export class HandlerDiscovery {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  discover(): Map<QueueName, Map<string, BoundHandler>> {
    const found = new Map<QueueName, Map<string, BoundHandler>>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const meta = this.reflector.get<JobHandlerMeta | undefined>(JOB_HANDLER, fn as () => unknown);
        if (!meta) continue;
        const byJob = found.get(meta.queue) ?? new Map<string, BoundHandler>();
        if (byJob.has(meta.job)) throw new Error(`Two handlers for job ${meta.queue}/${meta.job}`);
        byJob.set(meta.job, (fn as BoundHandler).bind(instance));
        found.set(meta.queue, byJob);
      }
    }
    const missing = queueNames().flatMap((q) => jobNames(q).filter((j) => !found.get(q)?.has(j)).map((j) => `${q}/${j}`));
    if (missing.length) throw new MissingJobHandlersError(`No handler registered for job(s): ${missing.join(', ')}`);
    return found;
  }
}
