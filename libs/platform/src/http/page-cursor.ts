import { badRequest } from '../errors/problem';

/**
 * The one codec of paging cursors (`?cursor=` of every list): the keyset values of the last
 * row, joined by `|`, base64url-encoded. Decoding checks each value against the kind the list
 * expects, so a cursor the API did not issue (`NaN`, `-1`, garbage, another list's cursor) is a
 * 400 instead of a database error.
 */
export type CursorPart = 'timestamp' | 'uuid' | 'int';
type Decoded<K extends CursorPart> = K extends 'timestamp' ? Date : K extends 'int' ? number : string;
export type DecodedCursor<T extends readonly CursorPart[]> = { [I in keyof T]: Decoded<T[I]> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const DIGITS = /^\d{1,15}$/;

export function encodeCursor(...parts: readonly (Date | string | number)[]): string {
  return Buffer.from(parts.map((p) => (p instanceof Date ? p.toISOString() : String(p))).join('|')).toString('base64url');
}

export function decodeCursor<const T extends readonly CursorPart[]>(cursor: string, shape: T): DecodedCursor<T> {
  const invalid = () => badRequest('invalid-cursor', 'The cursor is not one this API returned; pass nextCursor unchanged.');
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (parts.length !== shape.length) throw invalid();
  return shape.map((kind, i) => {
    const raw = parts[i];
    switch (kind) {
      case 'timestamp': {
        const at = new Date(raw);
        if (!ISO_TIMESTAMP.test(raw) || Number.isNaN(at.getTime())) throw invalid();
        return at;
      }
      case 'uuid':
        if (!UUID.test(raw)) throw invalid();
        return raw;
      case 'int':
        if (!DIGITS.test(raw)) throw invalid();
        return Number(raw);
    }
  }) as DecodedCursor<T>;
}
