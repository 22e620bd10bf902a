import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CsvError, parse } from 'csv-parse';
import { badRequest } from '@welness/platform';

/** A CSV text that cannot be read as rows (an unclosed quote, a stray quote inside a field). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`The CSV cannot be read at line ${line}: ${reason}.`);
  }
}

/** Parsing a 1 MB CSV takes ~100 ms: a slice at a time, with the event loop served in between. */
const SLICE_CHARS = 64 * 1024;

async function* slices(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += SLICE_CHARS) {
    yield text.slice(i, i + SLICE_CHARS);
    await nextTurn();
  }
}

/**
 * RFC 4180 rows (quoted fields, doubled quotes, CRLF, LF or CR, a leading BOM as spreadsheets
 * write it), streamed through csv-parse. Rows may have fewer or more fields than the header;
 * blank rows are skipped.
 */
export async function parseCsv(source: string | Readable): Promise<string[][]> {
  const parser = (typeof source === 'string' ? Readable.from(slices(source)) : source).pipe(
    parse({ bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, skip_empty_lines: true }),
  );
  const rows: string[][] = [];
  try {
    for await (const row of parser as AsyncIterable<string[]>) if (row.some((f) => f.trim() !== '')) rows.push(row);
  } catch (e) {
    if (e instanceof CsvError) throw new CsvSyntaxError(typeof e.lines === 'number' ? e.lines : 0, e.message.replace(/^.*?:\s*/, '').replace(/\.$/, ''));
    throw e;
  }
  return rows;
}

/**
 * A number as a spreadsheet writes it in a CSV cell: digits with an optional decimal point.
 * NaN for anything else, an empty cell included (Number('') would be 0).
 */
export function csvNumber(cell: string | undefined): number {
  const text = (cell ?? '').trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** Maps rows to objects by a trimmed, case-insensitive header; a missing field is ''. */
export async function csvRecords(source: string | Readable): Promise<Record<string, string>[]> {
  const [header, ...rows] = await parseCsv(source);
  if (!header) return [];
  const keys = header.map((h) => h.trim().toLowerCase());
  return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}

/** csvRecords for text a client sent: a text that is not CSV at all is a 400 naming the line. */
export async function clientCsvRecords(text: string): Promise<Record<string, string>[]> {
  try {
    return await csvRecords(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw badRequest('csv-malformed', e.message, { line: e.line });
    throw e;
  }
}
