import type { ChatMessage } from '../engines/engine.types';
import { ungroundedNumbers } from '../safety/grounding';
import { estimateTokens, trimHistory } from './context-window';

const turn = (i: number): ChatMessage[] => [
  { role: 'user', content: `message ${i} ${'x'.repeat(200)}` },
  { role: 'assistant', content: '', toolCalls: [{ id: `c${i}`, name: 'get_targets', arguments: '{}' }] },
  { role: 'tool', content: '{"ok":true}', toolCallId: `c${i}`, toolName: 'get_targets' },
  { role: 'assistant', content: `reply ${i}` },
];

describe('context window', () => {
  it('keeps the newest whole turns within the budget and summarises the rest', () => {
    const history = Array.from({ length: 10 }, (_, i) => turn(i)).flat();
    const perTurn = turn(0).reduce(
      (n, m) => n + estimateTokens(m.content) + (m.toolCalls ? estimateTokens('get_targets{}') : 0),
      0,
    );
    const r = trimHistory(history, perTurn * 3 + 1);
    expect(r.kept).toHaveLength(12);
    expect(r.kept[0]).toMatchObject({ role: 'user', content: expect.stringContaining('message 7') });
    // A tool result is never kept without the call that produced it.
    expect(r.kept.filter((m) => m.role === 'tool').length).toBe(r.kept.filter((m) => m.toolCalls).length);
    expect(r.summary).toContain('User: message 0');
    expect(r.summary).toContain('Coach: reply 6');
  });

  it('keeps everything and no summary when it fits', () => {
    const r = trimHistory(turn(1), 10_000);
    expect(r.kept).toHaveLength(4);
    expect(r.summary).toBeNull();
  });
});

describe('grounding check', () => {
  it('flags figures that no tool result or user message contains', () => {
    const sources = ['{"energyKcal":2315.4,"proteinG":128}', 'I am 34'];
    expect(ungroundedNumbers('Your target is 2315 kcal with 128 g protein.', sources)).toEqual([]);
    expect(ungroundedNumbers('Your target is 2,100 kcal.', sources)).toEqual(['2,100']);
    expect(ungroundedNumbers('Have 2 eggs and 3 slices.', sources)).toEqual([]);
  });
});
