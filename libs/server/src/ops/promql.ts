/**
 * The metric names a PromQL expression reads (test helper for the dashboard and rule checks).
 * Strings, label matchers, ranges, grouping clauses, functions, keywords and numbers are dropped;
 * what remains are series selectors.
 */
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan']);

export function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""') // string literals
    .replace(/\$\{?\w+\}?/g, ' ') // Grafana variables ($__rate_interval, ${queue})
    .replace(/\{[^}]*\}/g, ' ') // label matchers
    .replace(/\[[^\]]*\]/g, ' ') // range and subquery windows
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' '); // grouping labels
  const names = new Set<string>();
  for (const m of stripped.matchAll(/(^|[^\w.:])([a-zA-Z_:][\w:]*)(?=\s*(\(?))/g)) {
    const name = m[2];
    const isCall = /^\s*\(/.test(stripped.slice(m.index + m[0].length));
    if (isCall || KEYWORDS.has(name.toLowerCase())) continue;
    names.add(name);
  }
  return [...names];
}

/** Names a `/metrics` body declares, with the series suffixes of histograms and summaries. */
export function exposedNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const [, name, type] of body.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    names.add(name);
    if (type === 'histogram') for (const s of ['_bucket', '_count', '_sum']) names.add(name + s);
    if (type === 'summary') for (const s of ['_count', '_sum']) names.add(name + s);
  }
  return names;
}
