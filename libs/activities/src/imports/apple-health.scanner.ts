/**
 * Streaming scanner for Apple Health `export.xml`. The file can be several GB, so it is read
 * chunk by chunk and only the start tags we need are parsed (attributes only; Apple puts every
 * value in attributes). Memory stays bounded by the largest single tag, not the file.
 */
export interface XmlTag {
  name: string;
  attrs: Record<string, string>;
}

const WANTED = ['Record', 'Workout', 'WorkoutStatistics'];
const MAX_TAG = 1 << 20;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
      );
    return ENTITY[e] ?? m;
  });
}

function parseAttrs(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) attrs[m[1]] = decodeXml(m[3] ?? m[4] ?? '');
  return attrs;
}

const LT = 0x3c;
const GT = 0x3e;
const DQ = 0x22;
const SQ = 0x27;
const WANTED_BYTES = WANTED.map((name) => Buffer.from(`<${name}`));

/**
 * Works on bytes: only the tags we keep are decoded to strings, so the heap holds a few
 * short-lived attribute strings instead of megabyte chunks (which V8 would keep in old space
 * until a full collection and so inflate the peak RSS).
 */
export class AppleHealthScanner {
  private pending: Buffer = Buffer.alloc(0);

  /** Feeds a chunk and returns the complete wanted tags it closed. */
  push(chunk: Buffer | string): XmlTag[] {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const buf = this.pending.length ? Buffer.concat([this.pending, data]) : data;
    const out: XmlTag[] = [];
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) {
        pos = buf.length;
        break;
      }
      const end = tagEnd(buf, lt);
      if (end < 0) {
        pos = lt;
        break;
      }
      const name = wantedName(buf, lt, end);
      if (name) out.push({ name, attrs: parseAttrs(buf.toString('utf8', lt, end + 1)) });
      pos = end + 1;
    }
    // Copy the unfinished tail so the chunk it came from can be freed.
    this.pending = Buffer.from(buf.subarray(pos));
    if (this.pending.length > MAX_TAG)
      throw new Error('export.xml has a tag longer than 1 MiB; the file is not an Apple Health export');
    return out;
  }
}

/** Index of the `>` closing the tag at `lt`, ignoring `>` inside quoted values; -1 if not yet read. */
function tagEnd(buf: Buffer, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < buf.length; i++) {
    const c = buf[i];
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === DQ || c === SQ) quote = c;
    else if (c === GT) return i;
  }
  return -1;
}

function wantedName(buf: Buffer, lt: number, end: number): string | null {
  for (let w = 0; w < WANTED_BYTES.length; w++) {
    const tag = WANTED_BYTES[w];
    if (lt + tag.length > end) continue;
    const after = buf[lt + tag.length];
    // The name must end there: "<Workout " is wanted, "<WorkoutEvent " is not.
    if (
      after !== 0x20 &&
      after !== 0x09 &&
      after !== 0x0a &&
      after !== 0x0d &&
      after !== 0x2f &&
      after !== GT
    )
      continue;
    if (buf.compare(tag, 0, tag.length, lt, lt + tag.length) === 0) return WANTED[w];
  }
  return null;
}

/** "2019-01-01 08:00:00 +0100" → Date. */
export function parseAppleDate(s: string | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/.exec(s.trim());
  const d = m ? new Date(`${m[1]}T${m[2]}${m[3]}${m[4]}:${m[5]}`) : new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}
