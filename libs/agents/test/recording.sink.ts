import type { TurnSink } from '../src/engines/engine.types';

/** Collects turn events in order (test helper). */
export class RecordingSink implements TurnSink {
  readonly events: { event: string; data: unknown }[] = [];
  token(text: string): void {
    this.events.push({ event: 'token', data: text });
  }
  toolCall(call: unknown): void {
    this.events.push({ event: 'tool_call', data: call });
  }
  toolResult(result: unknown): void {
    this.events.push({ event: 'tool_result', data: result });
  }
  reset(reason: string): void {
    this.events.push({ event: 'reset', data: reason });
  }
  get kinds(): string[] {
    return this.events.map((e) => e.event);
  }
  /** The text a client shows: tokens after the last reset. */
  get visibleText(): string {
    const lastReset = this.kinds.lastIndexOf('reset');
    return this.events
      .slice(lastReset + 1)
      .filter((e) => e.event === 'token')
      .map((e) => e.data as string)
      .join('');
  }
}
