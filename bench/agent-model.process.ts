import { FakeChatRequest, FakeReply, startFakeOpenAi } from '@welness/testing';

/**
 * The fake model for bench:agent, in its own process as a real model would be: the agent's
 * process then carries only the agent's own work. Reports its base URL, and on request the
 * absolute time (ms since the epoch, sub-ms precision) at which it wrote a reply's first chunk.
 */
function model(req: FakeChatRequest): FakeReply {
  const last = req.messages[req.messages.length - 1];
  if (last.role === 'tool') return { kind: 'text', text: 'Done, I have noted that and will keep it in mind for your plan this week.' };
  const text = String(last.content ?? '');
  if (text.startsWith('note')) return { kind: 'tool_calls', calls: [{ name: 'memory_append', arguments: { label: 'human', text: `Preference ${text.slice(5, 40)}` } }] };
  if (text.startsWith('find')) return { kind: 'tool_calls', calls: [{ name: 'recall_search', arguments: { query: 'oats breakfast' } }] };
  return { kind: 'text', text: 'Sounds good! A bowl of oats with berries and yogurt is a balanced breakfast; add nuts if you are not allergic.' };
}

export type ModelRequest = { type: 'first-chunk'; index: number } | { type: 'count' } | { type: 'stop' };
export type ModelAnswer = { type: 'ready'; baseURL: string } | { type: 'first-chunk'; at: number } | { type: 'count'; n: number };

async function main(): Promise<void> {
  const fake = await startFakeOpenAi(model);
  const send = (m: ModelAnswer) => process.send?.(m);
  process.on('message', (m: ModelRequest) => {
    if (m.type === 'first-chunk') send({ type: 'first-chunk', at: performance.timeOrigin + fake.firstChunkAt[m.index] });
    else if (m.type === 'count') send({ type: 'count', n: fake.requests.length });
    else void fake.close().then(() => process.exit(0));
  });
  send({ type: 'ready', baseURL: fake.baseURL });
}

void main();
