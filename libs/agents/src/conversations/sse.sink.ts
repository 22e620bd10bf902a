import type { ServerResponse } from 'node:http';
import type { TurnSink } from '../engines/engine.types';

/**
 * Writes turn events as Server-Sent Events: `token`, `tool_call`, `tool_result`, `reset`
 * (discard streamed text), then `done` (or `error`). Each event is written immediately so
 * the first token leaves as soon as the model sends it.
 */
export class SseSink implements TurnSink {
  private closed = false;

  constructor(private readonly res: ServerResponse) {
    res.on('close', () => (this.closed = true));
  }

  open(): void {
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    this.res.flushHeaders();
  }

  send(event: string, data: unknown): void {
    if (this.closed) return;
    this.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  token(text: string): void {
    this.send('token', { text });
  }

  toolCall(call: { id: string; name: string; arguments: string }): void {
    this.send('tool_call', call);
  }

  toolResult(result: { id: string; name: string; ok: boolean; data?: unknown; error?: string }): void {
    this.send('tool_result', result);
  }

  reset(reason: string): void {
    this.send('reset', { reason });
  }

  end(): void {
    if (!this.closed) this.res.end();
  }
}

/** A sink that only collects (JSON answers, bots, check-ins). */
export class NullSink implements TurnSink {
  token(): void {}
  toolCall(): void {}
  toolResult(): void {}
  reset(): void {}
}
