/**
 * A small in-process LRU with per-entry expiry, in front of the shared Redis lookup cache.
 *
 * Why: a hot barcode lookup spent about a quarter of its CPU on the Redis round trip and on
 * `JSON.parse` of the cached product, more than the rest of the route. Entries are the parsed
 * values themselves, shared by every request that hits them, so callers must not mutate them
 * (the response serializer memoizes on their identity).
 *
 * Staleness across instances is handled by the owner (ProductCache): it drops entries on the
 * invalidation channel and bumps `generation`, and a value read from Redis is only stored when
 * no invalidation happened while it was in flight (`setIfGeneration`), so a reply racing an
 * invalidation cannot resurrect the old value. The TTL is the backstop for a lost message.
 */
export class LookupMemoryCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private gen = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Bumped by every delete/clear; read it before starting a fill. */
  get generation(): number {
    return this.gen;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores unless an invalidation happened since `generation` was read. */
  setIfGeneration(generation: number, key: string, value: V, ttlMs: number): boolean {
    if (generation !== this.gen || this.maxEntries <= 0 || ttlMs <= 0) return false;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return true;
  }

  delete(keys: Iterable<string>): void {
    this.gen += 1;
    for (const key of keys) this.entries.delete(key);
  }

  clear(): void {
    this.gen += 1;
    this.entries.clear();
  }
}
