import type { OffRecord } from '@welness/nutrition';
import { classifyRecord, normalizeProduct } from '../domain';
import { toCatalogueEntry, type CatalogueEntry } from '../catalogue/product.document';

export type RecordSyntax = 'json' | 'csv';

export interface BatchInput {
  /** Complete lines, each ending in "\n" (the last one may lack it). */
  bytes: Uint8Array;
  firstLine: number;
  syntax: RecordSyntax;
  /** Column names of a CSV export; null for JSON lines. */
  header: string[] | null;
  importId: string | null;
  storedAtMs: number;
}

export interface LineReject {
  reason: string;
  line: number;
  detail: string;
}

export interface ParsedBatch {
  docs: CatalogueEntry[];
  rejects: LineReject[];
  /** Non-blank lines seen. */
  processed: number;
}

export const REJECT_UNPARSEABLE = 'unparseable line';
export const REJECT_CSV_COLUMNS = 'csv row has more cells than the header';
export const REJECT_NORMALIZE = 'normalization failed';
const DETAIL_MAX = 160;
const NEWLINE = 0x0a;
const CR = 0x0d;

const excerpt = (text: string): string => (text.length > DETAIL_MAX ? `${text.slice(0, DETAIL_MAX)}…` : text);

/** OFF's CSV export: tab-separated, no quoting; empty cells are left out as in the dump. */
export function csvRow(line: string, header: readonly string[]): OffRecord | null {
  const cells = line.split('\t');
  if (cells.length > header.length) return null;
  const row: Record<string, string> = {};
  for (let i = 0; i < cells.length; i += 1) {
    if (cells[i] !== '') row[header[i]] = cells[i];
  }
  return row;
}

export function csvHeader(line: string): string[] {
  return line.replace(/\r$/, '').split('\t').map((name) => name.trim());
}

/**
 * Lines of an OFF export → catalogue documents plus rejects with reasons. Pure and
 * self-contained so it runs the same on the main thread and in worker threads.
 */
export function parseBatch(input: BatchInput): ParsedBatch {
  const docs: CatalogueEntry[] = [];
  const rejects: LineReject[] = [];
  let processed = 0;
  const storedAt = new Date(input.storedAtMs);
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  let line = input.firstLine - 1;
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start);
    let end = newline === -1 ? bytes.length : newline;
    const next = end + 1;
    if (end > start && bytes[end - 1] === CR) end -= 1;
    line += 1;
    // Decoded one line at a time: a single non-Latin-1 character then makes only its own
    // line a two-byte string, and JSON.parse of one-byte strings is markedly faster.
    const text = bytes.toString('utf8', start, end);
    start = next;
    if (text.length === 0 || (text.charCodeAt(0) <= 0x20 && text.trim().length === 0)) continue;
    processed += 1;
    let raw: unknown;
    let sourceText: string | undefined;
    if (input.syntax === 'json') {
      try {
        raw = JSON.parse(text);
        sourceText = text;
      } catch (err) {
        rejects.push({ reason: REJECT_UNPARSEABLE, line, detail: `${(err as Error).message}: ${excerpt(text)}` });
        continue;
      }
    } else {
      raw = csvRow(text, input.header ?? []);
      if (raw === null) {
        rejects.push({ reason: REJECT_CSV_COLUMNS, line, detail: excerpt(text) });
        continue;
      }
    }
    const classified = classifyRecord(raw);
    if ('reject' in classified) {
      const code = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['code'] : undefined;
      rejects.push({ reason: classified.reject, line, detail: code === undefined ? excerpt(text) : `code ${JSON.stringify(code)}` });
      continue;
    }
    try {
      const record = raw as OffRecord;
      const normalized = normalizeProduct(record);
      docs.push(toCatalogueEntry(record, normalized, { origin: 'off-import', importId: input.importId, sourceText, storedAt }));
    } catch (err) {
      rejects.push({ reason: REJECT_NORMALIZE, line, detail: `code ${classified.code}: ${(err as Error).message}` });
    }
  }
  return { docs, rejects, processed };
}
