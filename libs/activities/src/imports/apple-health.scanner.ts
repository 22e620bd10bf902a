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
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITY[e] ?? m;
  });
}

function parseAttrs(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) attrs[m[1]] = decodeXml(m[3] ?? m[4] ?? '');
  return attrs;
}

export class AppleHealthScanner {
  private buf = '';

  /** Feeds a chunk and returns the complete wanted tags it closed. */
  push(chunk: string): XmlTag[] {
    this.buf += chunk;
    const out: XmlTag[] = [];
    let pos = 0;
    for (;;) {
      const lt = this.buf.indexOf('<', pos);
      if (lt < 0) {
        pos = this.buf.length;
        break;
      }
      const end = this.tagEnd(lt);
      if (end < 0) {
        pos = lt;
        break;
      }
      const nameMatch = /^<([A-Za-z][\w.-]*)/.exec(this.buf.slice(lt, lt + 40));
      if (nameMatch && WANTED.includes(nameMatch[1])) out.push({ name: nameMatch[1], attrs: parseAttrs(this.buf.slice(lt, end + 1)) });
      pos = end + 1;
    }
    this.buf = this.buf.slice(pos);
    if (this.buf.length > MAX_TAG) throw new Error('export.xml has a tag longer than 1 MiB; the file is not an Apple Health export');
    return out;
  }

  /** Index of the `>` closing the tag at `lt`, ignoring `>` inside quoted values; -1 if not yet read. */
  private tagEnd(lt: number): number {
    let quote: string | null = null;
    for (let i = lt + 1; i < this.buf.length; i++) {
      const c = this.buf[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') return i;
    }
    return -1;
  }
}

/** "2019-01-01 08:00:00 +0100" → Date. */
export function parseAppleDate(s: string | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/.exec(s.trim());
  const d = m ? new Date(`${m[1]}T${m[2]}${m[3]}${m[4]}:${m[5]}`) : new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}
