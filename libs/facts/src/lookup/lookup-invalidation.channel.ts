import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';

export interface InvalidationHandlers {
  /** Another instance (or this one) changed these codes. */
  codes(codes: string[]): void;
  /** Messages may have been missed (connection lost, unreadable message): forget everything. */
  reset(): void;
}

/**
 * Redis pub/sub between instances for the in-process lookup cache: every invalidation is
 * published, every instance drops what it holds for those codes.
 *
 * Pub/sub is fire-and-forget, so `live` is true only while the subscription stands; the
 * in-process cache is filled only then, and is cleared whenever the subscription drops, so an
 * instance never serves from memory across a window in which it could have missed a message.
 * The subscriber connection opens on first use: worker and CLI processes never serve lookups.
 */
export class LookupInvalidationChannel {
  private readonly logger = new Logger(LookupInvalidationChannel.name);
  private subscriber: Redis | null = null;
  private subscribed = false;
  private closed = false;

  constructor(
    private readonly redis: Redis,
    /** Channels are not key-prefixed by ioredis: the caller passes the install's prefix in. */
    readonly name: string,
    private readonly handlers: InvalidationHandlers,
  ) {}

  get live(): boolean {
    return this.subscribed;
  }

  start(): void {
    if (this.subscriber || this.closed) return;
    // Our own resubscription on 'ready' (ioredis emits it before resubscribing by itself), so
    // `live` turns true only once SUBSCRIBE is acknowledged.
    const sub = this.redis.duplicate({ autoResubscribe: false, enableOfflineQueue: false });
    this.subscriber = sub;
    sub.on('error', (err: Error) => this.logger.debug(`invalidation subscriber: ${err.message}`));
    sub.on('ready', () => void this.subscribe(sub));
    sub.on('close', () => {
      if (!this.subscribed) return;
      this.subscribed = false;
      this.handlers.reset();
    });
    sub.on('message', (channel: string, message: string) => {
      if (channel === this.name) this.receive(message);
    });
  }

  async publish(codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    try {
      await this.redis.publish(this.name, JSON.stringify(codes));
    } catch (err) {
      // Other instances keep their copies until the TTL: degraded, not broken.
      this.logger.warn(`cache invalidation publish failed: ${(err as Error).message}`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscribed = false;
    const sub = this.subscriber;
    this.subscriber = null;
    if (sub) await sub.quit().catch(() => sub.disconnect());
  }

  private async subscribe(sub: Redis): Promise<void> {
    try {
      await sub.subscribe(this.name);
      // Anything cached before a reconnect was already cleared on 'close'.
      this.subscribed = !this.closed;
    } catch (err) {
      this.logger.warn(`cache invalidation subscribe failed: ${(err as Error).message}`);
    }
  }

  private receive(message: string): void {
    let codes: unknown;
    try {
      codes = JSON.parse(message);
    } catch {
      codes = null;
    }
    if (Array.isArray(codes) && codes.every((c) => typeof c === 'string')) this.handlers.codes(codes as string[]);
    else this.handlers.reset();
  }
}
