/**
 * Portion solver: grams x_i within [min_i, max_i] minimising
 *   Σ_k w_k ((A·x − t)_k / t_k)² + λ Σ_i ((x_i − usual_i) / usual_i)²
 * (k = energy, protein, carbohydrates, fat). Convex and box-constrained, so exact coordinate
 * descent converges; the small λ term keeps portions near usual sizes among equal fits.
 */
export interface SolverItem {
  /** Nutrients per gram: [kcal, protein, carbohydrates, fat]. */
  perGram: [number, number, number, number];
  min: number;
  max: number;
  usual: number;
  step: number;
}

const WEIGHTS = [4, 1, 1, 1];
const LAMBDA = 0.002;

function totals(items: SolverItem[], x: number[]): number[] {
  const t = [0, 0, 0, 0];
  items.forEach((it, i) => it.perGram.forEach((v, k) => (t[k] += v * x[i])));
  return t;
}

export function objective(items: SolverItem[], x: number[], target: number[]): number {
  const t = totals(items, x);
  let f = 0;
  for (let k = 0; k < 4; k++) f += WEIGHTS[k] * ((t[k] - target[k]) / target[k]) ** 2;
  items.forEach((it, i) => (f += LAMBDA * ((x[i] - it.usual) / it.usual) ** 2));
  return f;
}

export function solvePortions(
  items: SolverItem[],
  target: [number, number, number, number],
  sweeps = 300,
): number[] {
  const x = items.map((it) => it.usual);
  const t = totals(items, x);
  for (let s = 0; s < sweeps; s++) {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      let g = 0;
      let h = 0;
      for (let k = 0; k < 4; k++) {
        const a = it.perGram[k];
        const w = WEIGHTS[k] / (target[k] * target[k]);
        g += 2 * w * a * (t[k] - target[k]);
        h += 2 * w * a * a;
      }
      g += (2 * LAMBDA * (x[i] - it.usual)) / (it.usual * it.usual);
      h += (2 * LAMBDA) / (it.usual * it.usual);
      const next = Math.min(it.max, Math.max(it.min, x[i] - g / h));
      const d = next - x[i];
      if (d !== 0) {
        for (let k = 0; k < 4; k++) t[k] += it.perGram[k] * d;
        x[i] = next;
      }
    }
  }
  return roundToSteps(items, x, target);
}

/** Rounds to each item's step, then greedily nudges by one step while that improves the fit. */
function roundToSteps(items: SolverItem[], x: number[], target: number[]): number[] {
  const r = x.map((v, i) =>
    Math.min(items[i].max, Math.max(items[i].min, Math.round(v / items[i].step) * items[i].step)),
  );
  let best = objective(items, r, target);
  for (let pass = 0; pass < 20; pass++) {
    let improved = false;
    for (let i = 0; i < items.length; i++) {
      for (const dir of [-1, 1]) {
        const v = r[i] + dir * items[i].step;
        if (v < items[i].min || v > items[i].max) continue;
        const old = r[i];
        r[i] = v;
        const f = objective(items, r, target);
        if (f < best - 1e-12) {
          best = f;
          improved = true;
        } else r[i] = old;
      }
    }
    if (!improved) break;
  }
  return r;
}
