import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import { HandlerDiscovery, MissingJobHandlersError } from './handler-discovery';
import { JobHandler } from './job-handler.decorator';
import { jobNames, queueNames } from './queue.registry';

@Injectable()
class OnlyPing {
  @JobHandler('system', 'system.ping')
  async ping(): Promise<string> {
    return 'pong';
  }
}

describe('HandlerDiscovery', () => {
  it('refuses to start when a registered job has no handler, naming it', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [DiscoveryModule], providers: [HandlerDiscovery, OnlyPing] }).compile();
    const discovery = moduleRef.get(HandlerDiscovery);
    expect(() => discovery.discover()).toThrow(MissingJobHandlersError);
    expect(() => discovery.discover()).toThrow(/system\/system\.heartbeat/);
  });

  it('lists every queue in the registry with at least one job', () => {
    for (const q of queueNames()) expect(jobNames(q).length).toBeGreaterThan(0);
  });
});
