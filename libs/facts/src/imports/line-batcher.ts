import type { Readable } from 'node:stream';

export interface LineBatch {
  /** Complete lines, each with its "\n". */
  bytes: Buffer;
  firstLine: number;
  lastLine: number;
  /** Uncompressed byte offset just after lastLine. */
  endOffset: number;
  lineCount: number;
}

export interface BatchLinesOptions {
  batchSize: number;
  /** Lines and uncompressed bytes before the stream's first byte (a seek on resume). */
  startLine: number;
  startOffset: number;
  /** Lines ending at or before this offset were applied by an earlier run: skip them. */
  skipUntilOffset: number;
  /** Called with line 1 (a CSV header) instead of batching it. */
  onHeader?: (line: string) => void;
  /** A longer line is cut off and reported instead of growing memory without bound. */
  maxLineBytes?: number;
  onOversizedLine?: (line: number) => void;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into batches of whole lines, tracking line numbers and byte offsets
 * for checkpoints. Pulling from the async iterator is the backpressure: the source is not
 * read further until the consumer asks for the next batch.
 */
export async function* batchLines(stream: Readable, options: BatchLinesOptions): AsyncGenerator<LineBatch> {
  const maxLine = options.maxLineBytes ?? 32 * 1024 * 1024;
  let line = options.startLine;
  let offset = options.startOffset;
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let oversized = false;
  let parts: Buffer[] = [];
  let firstLine = 0;
  let count = 0;
  let size = 0;

  const take = (buf: Buffer): LineBatch | null => {
    line += 1;
    offset += buf.length;
    if (offset <= options.skipUntilOffset) return null;
    if (line === 1 && options.onHeader) {
      options.onHeader(buf.toString('utf8').replace(/\r?\n$/, ''));
      return null;
    }
    if (count === 0) firstLine = line;
    parts.push(buf);
    count += 1;
    size += buf.length;
    if (count < options.batchSize) return null;
    return flush();
  };
  const flush = (): LineBatch | null => {
    if (count === 0) return null;
    const batch = { bytes: Buffer.concat(parts, size), firstLine, lastLine: line, endOffset: offset, lineCount: count };
    parts = [];
    count = 0;
    size = 0;
    return batch;
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, nl + 1);
      start = nl + 1;
      if (oversized) {
        // The rest of a line already reported: count its bytes, keep nothing.
        line += 1;
        offset += carryBytes + piece.length;
        carry = [];
        carryBytes = 0;
        oversized = false;
        continue;
      }
      const whole = carry.length ? Buffer.concat([...carry, piece]) : piece;
      carry = [];
      carryBytes = 0;
      const batch = take(whole);
      if (batch) yield batch;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      carryBytes += rest.length;
      if (!oversized) carry.push(Buffer.from(rest)); // copy: the stream may reuse its chunk
      if (!oversized && carryBytes > maxLine) {
        oversized = true;
        carry = [];
        options.onOversizedLine?.(line + 1);
      }
    }
  }
  if (carryBytes > 0 && !oversized) {
    const batch = take(Buffer.concat(carry));
    if (batch) yield batch;
  } else if (oversized) {
    line += 1;
    offset += carryBytes;
  }
  const last = flush();
  if (last) yield last;
}
