export interface SseEvent {
  event: string;
  data: unknown;
  /** performance.now() when the event was parsed. */
  at: number;
}

/** Reads a whole text/event-stream response into events (test helper). */
export async function readSse(res: Response, onEvent?: (e: SseEvent) => void): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const raw = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const event = /^event: (.*)$/m.exec(raw)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(raw)?.[1];
      const e = { event, data: data ? (JSON.parse(data) as unknown) : null, at: performance.now() };
      events.push(e);
      onEvent?.(e);
    }
  }
  return events;
}
