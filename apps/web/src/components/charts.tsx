/**
 * Small dependency-free SVG charts. Each has a text alternative: a title for the picture and
 * the numbers in a visually hidden table, so the data is readable without seeing it.
 */
export interface Point {
  label: string;
  value: number;
  /** Position on a numeric x axis (e.g. days): when every point has one, lines are spaced by it. */
  x?: number;
}

export interface Series {
  name: string;
  points: Point[];
  /** A derived line (trend): dashed, without dots. */
  dashed?: boolean;
  /** A forecast (projection): dotted, muted, without dots. */
  projected?: boolean;
}

const W = 320;
const H = 140;
const PAD = 24;

function scale(values: number[]) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  return (v: number) => H - PAD - ((v - min) / span) * (H - 2 * PAD);
}

/** Table rows of a chart on a numeric x axis: every label once, in x order. */
function rowsByX(series: Series[]): { label: string; cells: (Point | undefined)[] }[] {
  const labels = new Map<string, number>();
  for (const s of series) for (const p of s.points) if (!labels.has(p.label)) labels.set(p.label, p.x ?? 0);
  return [...labels.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([label]) => ({ label, cells: series.map((s) => s.points.find((p) => p.label === label)) }));
}

const stroke = (s: Series) => (s.projected ? { strokeDasharray: '2 4', style: { stroke: 'var(--muted)' } } : { strokeDasharray: s.dashed ? '5 4' : undefined });

/**
 * Lines over a shared x axis: by index, or by each point's `x` when all have one (dates as
 * day numbers, so a projection can run past the last weigh-in). `target` draws a goal line;
 * `legend` names the series under the chart.
 */
export function LineChart({
  title,
  xLabel,
  series,
  format,
  target = null,
  targetLabel,
  legend = false,
}: {
  title: string;
  xLabel: string;
  series: Series[];
  format: (v: number) => string;
  target?: number | null;
  targetLabel?: string;
  legend?: boolean;
}) {
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  if (all.length === 0) return null;
  const y = scale(target === null ? all : [...all, target]);
  const byX = series.every((s) => s.points.every((p) => p.x !== undefined));
  const xs = series.flatMap((s) => s.points.map((p) => p.x ?? 0));
  const minX = Math.min(...xs);
  const spanX = Math.max(...xs) - minX;
  const n = Math.max(...series.map((s) => s.points.length));
  // A single point sits in the middle (a line needs two; the dot below shows it alone).
  const x = (p: Point, i: number) =>
    byX ? (spanX === 0 ? W / 2 : PAD + (((p.x ?? 0) - minX) / spanX) * (W - 2 * PAD)) : n <= 1 ? W / 2 : PAD + (i / (n - 1)) * (W - 2 * PAD);
  const rows = byX ? rowsByX(series) : series[0].points.map((p, i) => ({ label: p.label, cells: series.map((s) => s.points[i]) }));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {target !== null && <line x1={PAD} x2={W - PAD} y1={y(target)} y2={y(target)} stroke="currentColor" strokeOpacity={0.5} strokeDasharray="1 3" data-testid="chart-target" />}
        {series.map((s) => (
          <polyline key={s.name} fill="none" stroke="currentColor" strokeWidth={2} {...stroke(s)} points={s.points.map((p, i) => `${x(p, i)},${y(p.value)}`).join(' ')} />
        ))}
        {/* Measured points as dots, so one weigh-in is visible before there is a line. */}
        {series
          .filter((s) => !s.dashed && !s.projected)
          .flatMap((s) => s.points.map((p, i) => <circle key={`${s.name}-${i}`} data-testid="chart-point" cx={x(p, i)} cy={y(p.value)} r={3.5} fill="currentColor" />))}
      </svg>
      <figcaption className="hint">{title}</figcaption>
      {legend && (
        <ul className="chart-legend" data-testid="chart-legend">
          {series.map((s) => (
            <li key={s.name}>
              <svg viewBox="0 0 24 8" width="24" height="8" aria-hidden="true" focusable="false">
                <line x1={0} x2={24} y1={4} y2={4} stroke="currentColor" strokeWidth={2} {...stroke(s)} />
              </svg>
              {s.name}
            </li>
          ))}
          {target !== null && targetLabel && (
            <li>
              <svg viewBox="0 0 24 8" width="24" height="8" aria-hidden="true" focusable="false">
                <line x1={0} x2={24} y1={4} y2={4} stroke="currentColor" strokeOpacity={0.5} strokeWidth={2} strokeDasharray="1 3" />
              </svg>
              {targetLabel}
            </li>
          )}
        </ul>
      )}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{xLabel}</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, row) => (
            <tr key={`${row}-${r.label}`}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td key={series[i].name}>{c ? format(c.value) : ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function BarChart({ title, bars, target, format }: { title: string; bars: Point[]; target: number | null; format: (v: number) => string }) {
  if (bars.length === 0) return null;
  const max = Math.max(target ?? 0, ...bars.map((b) => b.value), 1);
  const bw = (W - 2 * PAD) / bars.length;
  const h = (v: number) => (v / max) * (H - 2 * PAD);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {bars.map((b, i) => (
          <rect key={`${i}-${b.label}`} x={PAD + i * bw + 3} y={H - PAD - h(b.value)} width={bw - 6} height={h(b.value)} className="bar" />
        ))}
        {target !== null && <line x1={PAD} x2={W - PAD} y1={H - PAD - h(target)} y2={H - PAD - h(target)} stroke="currentColor" strokeDasharray="5 4" />}
        {bars.map((b, i) => (
          <text key={`${i}-${b.label}`} x={PAD + i * bw + bw / 2} y={H - 6} textAnchor="middle" fontSize="10" fill="currentColor">
            {b.label}
          </text>
        ))}
      </svg>
      <figcaption className="hint">{title}</figcaption>
      <ul className="visually-hidden">
        {bars.map((b, i) => (
          <li key={`${i}-${b.label}`}>
            {b.label}: {format(b.value)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
