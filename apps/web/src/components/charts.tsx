/**
 * Small dependency-free SVG charts. Each has a text alternative: a title for the picture and
 * the numbers in a visually hidden table, so the data is readable without seeing it.
 */
export interface Point {
  label: string;
  value: number;
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

export function LineChart({ title, xLabel, series, format }: { title: string; xLabel: string; series: { name: string; points: Point[]; dashed?: boolean }[]; format: (v: number) => string }) {
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  if (all.length === 0) return null;
  const y = scale(all);
  const n = Math.max(...series.map((s) => s.points.length));
  // A single point sits in the middle (a line needs two; the dot below shows it alone).
  const x = (i: number) => (n <= 1 ? W / 2 : PAD + (i / (n - 1)) * (W - 2 * PAD));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {series.map((s) => (
          <polyline
            key={s.name}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeDasharray={s.dashed ? '5 4' : undefined}
            points={s.points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')}
          />
        ))}
        {/* Measured points as dots, so one weigh-in is visible before there is a line. */}
        {series
          .filter((s) => !s.dashed)
          .flatMap((s) => s.points.map((p, i) => <circle key={`${s.name}-${i}`} data-testid="chart-point" cx={x(i)} cy={y(p.value)} r={3.5} fill="currentColor" />))}
      </svg>
      <figcaption className="hint">{title}</figcaption>
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
          {series[0].points.map((p, i) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              {series.map((s) => (
                <td key={s.name}>{s.points[i] ? format(s.points[i].value) : ''}</td>
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
          <rect key={b.label} x={PAD + i * bw + 3} y={H - PAD - h(b.value)} width={bw - 6} height={h(b.value)} className="bar" />
        ))}
        {target !== null && <line x1={PAD} x2={W - PAD} y1={H - PAD - h(target)} y2={H - PAD - h(target)} stroke="currentColor" strokeDasharray="5 4" />}
        {bars.map((b, i) => (
          <text key={b.label} x={PAD + i * bw + bw / 2} y={H - 6} textAnchor="middle" fontSize="10" fill="currentColor">
            {b.label}
          </text>
        ))}
      </svg>
      <figcaption className="hint">{title}</figcaption>
      <ul className="visually-hidden">
        {bars.map((b) => (
          <li key={b.label}>
            {b.label}: {format(b.value)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
