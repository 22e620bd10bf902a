import { startFakeOpenAi } from '@welness/testing';
import { benchModel } from './agent-model';

/**
 * The fake model for bench:agent, in its own process as a real model would be: the agent's
 * process then carries only the agent's own work. Reports its base URL, and on request the
 * absolute time (ms since the epoch, sub-ms precision) at which it wrote a reply's first chunk.
 */
export type ModelRequest = { type: 'first-chunk'; index: number } | { type: 'count' } | { type: 'stop' };
export type ModelAnswer =
  { type: 'ready'; baseURL: string } | { type: 'first-chunk'; at: number } | { type: 'count'; n: number };

async function main(): Promise<void> {
  const fake = await startFakeOpenAi(benchModel);
  const send = (m: ModelAnswer) => process.send?.(m);
  process.on('message', (m: ModelRequest) => {
    if (m.type === 'first-chunk')
      send({ type: 'first-chunk', at: performance.timeOrigin + fake.firstChunkAt[m.index] });
    else if (m.type === 'count') send({ type: 'count', n: fake.requests.length });
    else void fake.close().then(() => process.exit(0));
  });
  send({ type: 'ready', baseURL: fake.baseURL });
}

if (require.main === module) void main();
