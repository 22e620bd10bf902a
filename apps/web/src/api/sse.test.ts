import { expect, it } from 'vitest';
import { readSse } from './sse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(bytes.encode(c));
      controller.close();
    },
  });
}

it('frames events across arbitrary chunk boundaries, multi-byte characters included', async () => {
  const text = 'event: token\ndata: {"text":"Hola, ¿qué tal?"}\n\nevent: done\r\ndata: {"ok":true}\r\n\r\n';
  // Split inside the event name, inside "¿" (2 bytes in UTF-8) and inside the CRLF pair.
  const raw = new TextEncoder().encode(text);
  const cut = [5, 40, raw.length - 3];
  const parts: Uint8Array[] = [];
  let last = 0;
  for (const c of [...cut, raw.length]) {
    parts.push(raw.slice(last, c));
    last = c;
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      parts.forEach((p) => controller.enqueue(p));
      controller.close();
    },
  });
  const events = [];
  for await (const e of readSse(stream)) events.push(e);
  expect(events).toEqual([
    { event: 'token', data: '{"text":"Hola, ¿qué tal?"}' },
    { event: 'done', data: '{"ok":true}' },
  ]);
});

it('joins multi-line data and ignores comments', async () => {
  const events = [];
  for await (const e of readSse(streamOf([': keep-alive\n\n', 'data: a\ndata: b\n\n']))) events.push(e);
  expect(events).toEqual([{ event: 'message', data: 'a\nb' }]);
});
