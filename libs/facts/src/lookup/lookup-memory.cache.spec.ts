import { LookupMemoryCache } from './lookup-memory.cache';

describe('LookupMemoryCache', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000;
  });

  it('expires entries after their TTL', () => {
    const cache = new LookupMemoryCache<string>(10, clock);
    cache.setIfGeneration(cache.generation, 'a', 'A', 500);
    now += 499;
    expect(cache.get('a')).toBe('A');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry beyond its capacity', () => {
    const cache = new LookupMemoryCache<string>(2, clock);
    cache.setIfGeneration(cache.generation, 'a', 'A', 1000);
    cache.setIfGeneration(cache.generation, 'b', 'B', 1000);
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.setIfGeneration(cache.generation, 'c', 'C', 1000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
  });

  it('refuses a value read before an invalidation, so a racing reply cannot resurrect it', () => {
    const cache = new LookupMemoryCache<string>(10, clock);
    const before = cache.generation;
    cache.delete(['unrelated']);
    expect(cache.setIfGeneration(before, 'a', 'stale', 1000)).toBe(false);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.setIfGeneration(cache.generation, 'a', 'fresh', 1000)).toBe(true);
    expect(cache.get('a')).toBe('fresh');
  });

  it('drops the given keys, or everything', () => {
    const cache = new LookupMemoryCache<string>(10, clock);
    for (const k of ['a', 'b', 'c']) cache.setIfGeneration(cache.generation, k, k.toUpperCase(), 1000);
    cache.delete(['a', 'b']);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, undefined, 'C']);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('stores nothing when disabled (capacity 0)', () => {
    const cache = new LookupMemoryCache<string>(0, clock);
    expect(cache.setIfGeneration(cache.generation, 'a', 'A', 1000)).toBe(false);
    expect(cache.get('a')).toBeUndefined();
  });
});
