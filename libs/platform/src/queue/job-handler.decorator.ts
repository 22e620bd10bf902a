import { SetMetadata } from '@nestjs/common';
import { JobName, QueueName } from './queue.registry';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

export interface JobHandlerMeta {
  queue: QueueName;
  job: string;
}

/** Marks a provider method as the handler of one registered job. */
export const JobHandler = <Q extends QueueName>(queue: Q, job: JobName<Q>): MethodDecorator =>
  SetMetadata(JOB_HANDLER, { queue, job } satisfies JobHandlerMeta);
