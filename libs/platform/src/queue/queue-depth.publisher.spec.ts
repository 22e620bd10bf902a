import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { loadConfig } from '../config/load-config';
import { QUEUE_DEPTH_METRIC, QueueDepthPublisher, cloudWatchClientProvider } from './queue-depth.publisher';
import type { QueueService } from './queue.service';

const counts = (waiting: Record<string, number>) =>
  ({ counts: async () => Object.fromEntries(Object.entries(waiting).map(([q, w]) => [q, { waiting: w, active: 1, failed: 0, delayed: 0, completed: 0 }])) }) as unknown as QueueService;

describe('QueueDepthPublisher', () => {
  const cw = mockClient(CloudWatchClient);
  beforeEach(() => cw.reset());

  it('puts the total and per-queue waiting jobs into the configured namespace', async () => {
    cw.on(PutMetricDataCommand).resolves({});
    const config = loadConfig({ NODE_ENV: 'test', QUEUE_DEPTH_CLOUDWATCH_NAMESPACE: 'Welness/prod' });
    await new QueueDepthPublisher(config, counts({ facts: 7, bots: 3 }), new CloudWatchClient({ region: 'eu-west-1' })).publish();
    const input = cw.commandCalls(PutMetricDataCommand)[0].args[0].input;
    expect(input.Namespace).toBe('Welness/prod');
    expect(input.MetricData?.map((d) => [d.MetricName, d.Dimensions?.[0]?.Value ?? 'total', d.Value])).toEqual([
      [QUEUE_DEPTH_METRIC, 'total', 10],
      [QUEUE_DEPTH_METRIC, 'facts', 7],
      [QUEUE_DEPTH_METRIC, 'bots', 3],
    ]);
  });

  it('never throws when CloudWatch refuses, and stays off without a namespace', async () => {
    cw.on(PutMetricDataCommand).rejects(new Error('AccessDenied'));
    const config = loadConfig({ NODE_ENV: 'test', QUEUE_DEPTH_CLOUDWATCH_NAMESPACE: 'Welness/prod' });
    await expect(new QueueDepthPublisher(config, counts({ facts: 1 }), new CloudWatchClient({ region: 'eu-west-1' })).publish()).resolves.toBeUndefined();
    cw.reset();
    const offConfig = loadConfig({ NODE_ENV: 'test' });
    expect(await cloudWatchClientProvider.useFactory(offConfig)).toBeNull();
    const off = new QueueDepthPublisher(offConfig, counts({ facts: 1 }), null);
    off.onApplicationBootstrap();
    await off.publish();
    off.onApplicationShutdown();
    expect(cw.commandCalls(PutMetricDataCommand)).toHaveLength(0);
  });
});
