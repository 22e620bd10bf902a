import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isPlainObject, type OffRecord } from '../off-record/off-record.reader';
import { computeNutriScore2023 } from './nutri-score.calculator';
import { deriveNutriScoreInput } from './nutri-score.derive';
import { nutriScoreFlagsFromCategories, offNutriScoreFlags } from './nutri-score.flags';
import type { NutriScoreComponent } from './nutri-score.types';

// Repo root is four levels up; the shared data sits beside the repo (../shared).
const FIXTURE = path.resolve(__dirname, '../../../..', '../shared/data/off/off-dump-2026-sample100.jsonl');

interface OffComponent {
  id: string;
  value: number | null;
  points: number;
  points_max: number;
}

interface OffNutriScore2023 {
  grade: string;
  score: number;
  components: { negative: OffComponent[]; positive: OffComponent[] };
}

function offNutriScore(record: OffRecord): OffNutriScore2023 | null {
  const ns = (record['nutriscore'] as Record<string, unknown> | undefined)?.['2023'];
  if (!isPlainObject(ns) || typeof ns['grade'] !== 'string' || !/^[a-e]$/.test(ns['grade'])) return null;
  const data = ns['data'] as { components: OffNutriScore2023['components'] };
  return { grade: ns['grade'], score: Number(ns['score']), components: data.components };
}

interface Difference {
  code: string;
  side: string;
  id: string;
  off: string;
  ours: string;
}

// OFF rounds component values for display (≤ 2 decimals); points come from unrounded values.
const sameValue = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 0.0051;

function compareComponents(
  code: string,
  side: 'negative' | 'positive',
  off: readonly OffComponent[],
  ours: readonly NutriScoreComponent[],
): Difference[] {
  const diffs: Difference[] = [];
  const ids = new Set([...off.map((c) => c.id), ...ours.map((c) => c.id)]);
  for (const id of ids) {
    const o = off.find((c) => c.id === id);
    const m = ours.find((c) => c.id === id);
    const fmt = (c: { value: number | null; points: number } | undefined): string =>
      c ? `${c.value ?? 'null'} → ${c.points}` : 'absent';
    if (!o || !m || o.points !== m.points || o.points_max !== m.pointsMax || !sameValue(o.value, m.value)) {
      diffs.push({ code, side, id, off: fmt(o), ours: fmt(m) });
    }
  }
  return diffs;
}

const records: OffRecord[] = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as OffRecord);
const graded = records.flatMap((record) => {
  const off = offNutriScore(record);
  return off ? [{ record, off, code: String(record['code']) }] : [];
});

describe('Nutri-Score 2023 parity with Open Food Facts (off-dump-2026-sample100)', () => {
  it('reads the 59 records that carry an OFF 2023 grade', () => {
    expect(records).toHaveLength(100);
    expect(graded).toHaveLength(59);
  });

  it('computes the same score, grade and component points for every graded record', () => {
    const differences: Difference[] = [];
    const mismatches: string[] = [];
    const summary: Record<string, string | number>[] = [];
    let matches = 0;
    for (const { record, off, code } of graded) {
      const derivation = deriveNutriScoreInput(record);
      const result = computeNutriScore2023(derivation.input);
      summary.push({
        code,
        category: result.category,
        off: `${off.score} ${off.grade}`,
        ours: `${result.score} ${result.grade}`,
      });
      if (derivation.status !== 'computable') mismatches.push(`${code}: status ${derivation.status}`);
      if (result.score === off.score && result.grade === off.grade) matches += 1;
      else mismatches.push(`${code}: OFF ${off.score}/${off.grade} ours ${result.score}/${result.grade}`);
      differences.push(
        ...compareComponents(code, 'negative', off.components.negative, result.components.negative),
        ...compareComponents(code, 'positive', off.components.positive, result.components.positive),
      );
    }
    console.table(summary);
    console.log(`Nutri-Score 2023: ${matches}/${graded.length} records match OFF (score and grade)`);
    if (differences.length > 0) console.table(differences);
    else
      console.log('Per-component differences: none (values within OFF display rounding, identical points)');
    expect(mismatches).toEqual([]);
    expect(differences).toEqual([]);
    expect(matches).toBe(59);
  });

  it("still matches without OFF's own Nutri-Score block (flags from categories)", () => {
    const mismatches = graded.flatMap(({ record, off, code }) => {
      const withoutOffAnswer = Object.fromEntries(
        Object.entries(record).filter(([key]) => key !== 'nutriscore'),
      );
      const derivation = deriveNutriScoreInput(withoutOffAnswer);
      const result = computeNutriScore2023(derivation.input);
      expect(derivation.flagsSource).toBe('categories');
      return result.score === off.score && result.grade === off.grade ? [] : [code];
    });
    console.log(
      `Without OFF's nutriscore block: ${graded.length - mismatches.length}/${graded.length} match`,
    );
    expect(mismatches).toEqual([]);
  });

  it('agrees with OFF on which of the 100 records get a grade at all', () => {
    const disagreements = records.flatMap((record) => {
      const ns = (record['nutriscore'] as Record<string, Record<string, unknown>> | undefined)?.['2023'];
      const offGrade = String(ns?.['grade'] ?? 'unknown');
      const expected = /^[a-e]$/.test(offGrade)
        ? 'computable'
        : offGrade === 'not-applicable'
          ? 'not-applicable'
          : 'unknown';
      const { status } = deriveNutriScoreInput(record);
      const ours = status === 'missing-data' || status === 'missing-category' ? 'unknown' : status;
      return ours === expected ? [] : [{ code: String(record['code']), offGrade, ours: status }];
    });
    expect(disagreements).toEqual([]);
  });

  it('reports how our category-only flags compare with OFF flags (information)', () => {
    const disagreements = records.flatMap((record) => {
      const off = offNutriScoreFlags(record);
      if (!off) return [];
      const ours = nutriScoreFlagsFromCategories(record);
      const keys = (Object.keys(off) as (keyof typeof off)[]).filter((key) => off[key] !== ours[key]);
      return keys.map((key) => ({ code: String(record['code']), flag: key, off: off[key], ours: ours[key] }));
    });
    console.log(
      `Category-derived flags disagree with OFF on ${disagreements.length} flag(s) over ${records.length} records`,
    );
    if (disagreements.length > 0) console.table(disagreements);
    expect(Array.isArray(disagreements)).toBe(true);
  });
});
