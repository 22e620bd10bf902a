import { Readable } from 'node:stream';
import { batchLines, type LineBatch } from './line-batcher';

async function collect(chunks: string[], options: Partial<Parameters<typeof batchLines>[1]> = {}): Promise<LineBatch[]> {
  const out: LineBatch[] = [];
  const stream = Readable.from(chunks.map((c) => Buffer.from(c)));
  for await (const b of batchLines(stream, { batchSize: 2, startLine: 0, startOffset: 0, skipUntilOffset: 0, ...options })) out.push(b);
  return out;
}

describe('batchLines', () => {
  it('splits lines across chunk boundaries and tracks line numbers and byte offsets', async () => {
    const batches = await collect(['{"a":1}\n{"b"', ':2}\n{"c":3}\n', '{"d":4}']);
    expect(batches.map((b) => b.bytes.toString())).toEqual(['{"a":1}\n{"b":2}\n', '{"c":3}\n{"d":4}']);
    expect(batches.map((b) => [b.firstLine, b.lastLine, b.endOffset])).toEqual([
      [1, 2, 16],
      [3, 4, 31],
    ]);
  });

  it('skips what a checkpoint covers and keeps numbering', async () => {
    const batches = await collect(['l1\nl2\nl3\nl4\n'], { skipUntilOffset: 6 });
    expect(batches.map((b) => b.bytes.toString())).toEqual(['l3\nl4\n']);
    expect(batches[0].firstLine).toBe(3);
  });

  it('continues numbering from a seek', async () => {
    const batches = await collect(['l3\nl4\n'], { startLine: 2, startOffset: 6, skipUntilOffset: 6 });
    expect(batches[0]).toMatchObject({ firstLine: 3, lastLine: 4, endOffset: 12 });
  });

  it('hands a CSV header to the caller instead of batching it', async () => {
    let header = '';
    const batches = await collect(['code\tproduct_name\r\n1\tx\n'], { onHeader: (h) => (header = h) });
    expect(header).toBe('code\tproduct_name');
    expect(batches[0].bytes.toString()).toBe('1\tx\n');
    expect(batches[0].firstLine).toBe(2);
  });

  it('reports an oversized line without keeping it', async () => {
    const oversized: number[] = [];
    const batches = await collect(['ok\n', 'x'.repeat(50), 'y'.repeat(50), '\nafter\n'], { maxLineBytes: 64, onOversizedLine: (l) => oversized.push(l) });
    expect(oversized).toEqual([2]);
    expect(batches.flatMap((b) => b.bytes.toString().split('\n').filter(Boolean))).toEqual(['ok', 'after']);
    expect(batches.at(-1)?.lastLine).toBe(3);
  });
});
