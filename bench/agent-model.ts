import type { FakeChatRequest, FakeReply } from '@welness/testing';

/** What the bench's fake model answers: a text reply, or a tool call for "note …" / "find …". */
export function benchModel(req: FakeChatRequest): FakeReply {
  const last = req.messages[req.messages.length - 1];
  if (last.role === 'tool')
    return {
      kind: 'text',
      text: 'Done, I have noted that and will keep it in mind for your plan this week.',
    };
  const text = String(last.content ?? '');
  if (text.startsWith('note'))
    return {
      kind: 'tool_calls',
      calls: [
        { name: 'memory_append', arguments: { label: 'human', text: `Preference ${text.slice(5, 40)}` } },
      ],
    };
  if (text.startsWith('find'))
    return { kind: 'tool_calls', calls: [{ name: 'recall_search', arguments: { query: 'oats breakfast' } }] };
  return {
    kind: 'text',
    text: 'Sounds good! A bowl of oats with berries and yogurt is a balanced breakfast; add nuts if you are not allergic.',
  };
}
