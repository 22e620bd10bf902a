import { randomUUID } from 'node:crypto';
import { FakeOpenAi, TestApp, createTestApp, startFakeOpenAi } from '@welness/testing';
import { RecordingSink } from '../../test/recording.sink';
import { ConversationService } from '../conversations/conversation.service';
import { TurnService } from '../conversations/turn.service';

describe('context window: trimming old turns into a rolling summary', () => {
  let fake: FakeOpenAi;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeOpenAi(() => ({ kind: 'text', text: 'Noted, thanks for telling me.' }));
    // This app also runs the asynchronous-commit variant of turn persistence.
    t = await createTestApp({
      AGENT_LLM_BASE_URL: fake.baseURL,
      AGENT_CONTEXT_TOKENS: '500',
      AGENT_LLM_COOLDOWN_MS: '0',
      AGENT_ASYNC_COMMIT: 'true',
    });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('keeps the prompt within budget and summarises each trimmed turn exactly once', async () => {
    const userId = randomUUID();
    const conv = (await t.app.get(ConversationService).create(userId, {})).conversation;
    const turns = t.app.get(TurnService);
    for (let i = 0; i < 12; i++) {
      await turns.run(
        userId,
        conv.id,
        `Day ${i}: marker-${i} ${'I walked the dog and ate a big salad. '.repeat(8)}`,
        new RecordingSink(),
      );
    }
    const last = fake.requests.at(-1)!;
    const history = last.messages.slice(1, -1);
    expect(history.length).toBeLessThan(22);
    const system = String(last.messages[0].content);
    expect(system).toContain('Earlier in this conversation (summarised)');
    expect(system.split('marker-0 ').length - 1).toBe(1);
    expect(system).not.toContain('marker-11 ');
    // What the summary covers is no longer sent verbatim.
    expect(JSON.stringify(history)).not.toContain('marker-0 ');
  });
});
