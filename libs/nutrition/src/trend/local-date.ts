/** Calendar dates as 'YYYY-MM-DD' strings; arithmetic is on the calendar, never on 24 h steps. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The calendar date of an instant in an IANA time zone (what the user calls "that day"). */
export function localDate(instant: Date, timeZone: string): IsoDate {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const DIGIT_0 = 48;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' string; hot in streaks, so no regex or Date parsing. */
function toUtcDay(date: IsoDate): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45)
    throw new RangeError(`not an ISO date: ${date}`);
  const n = (i: number) => date.charCodeAt(i) - DIGIT_0;
  const y = n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3);
  const m = n(5) * 10 + n(6);
  const d = n(8) * 10 + n(9);
  if (!(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

const pad2 = (v: number) => (v < 10 ? `0${v}` : `${v}`);

function fromUtcDay(day: number): IsoDate {
  const dt = new Date(day * 86_400_000);
  const y = dt.getUTCFullYear();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(dt.getUTCMonth() + 1)}-${pad2(dt.getUTCDate())}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcDay(toUtcDay(date) + days);
}

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toUtcDay(b) - toUtcDay(a);
}

/** Monday of the ISO week containing `date`. */
export function weekStart(date: IsoDate): IsoDate {
  const day = toUtcDay(date);
  const weekday = (new Date(day * 86_400_000).getUTCDay() + 6) % 7; // Monday = 0
  return fromUtcDay(day - weekday);
}

export function dateRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = toUtcDay(from), end = toUtcDay(to); d <= end; d++) out.push(fromUtcDay(d));
  return out;
}

/** Age in whole years on a given date. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
