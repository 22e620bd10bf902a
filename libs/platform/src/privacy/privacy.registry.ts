import { Injectable } from '@nestjs/common';

/**
 * Each module that stores personal data registers how to export and erase it, so
 * `GET /me/export` and `DELETE /me` cover every module without knowing them.
 */
export interface PrivacyHandler {
  /** Stable key in the export document, e.g. "meals". */
  module: string;
  export(userId: string): Promise<unknown>;
  erase(userId: string): Promise<void>;
}

@Injectable()
export class PrivacyRegistry {
  private readonly handlers = new Map<string, PrivacyHandler>();

  register(handler: PrivacyHandler): void {
    if (this.handlers.has(handler.module)) throw new Error(`privacy handler ${handler.module} registered twice`);
    this.handlers.set(handler.module, handler);
  }

  list(): PrivacyHandler[] {
    return [...this.handlers.values()];
  }

  async exportAll(userId: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const h of this.handlers.values()) out[h.module] = await h.export(userId);
    return out;
  }

  /** Erases module by module; the caller records the tombstone after all succeed. */
  async eraseAll(userId: string): Promise<string[]> {
    const done: string[] = [];
    for (const h of [...this.handlers.values()].reverse()) {
      await h.erase(userId);
      done.push(h.module);
    }
    return done;
  }
}
