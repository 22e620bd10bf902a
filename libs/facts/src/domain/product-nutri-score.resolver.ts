import {
  computeNutriScore2023,
  deriveNutriScoreInput,
  getPath,
  isPlainObject,
  readString,
  toFiniteNumber,
  type NutriScoreGrade,
  type NutriScoreStatus,
  type OffRecord,
} from '@welness/nutrition';
import type { ProductNutriScore } from './normalized-product.types';

/**
 * OFF recomputed every product when it made Nutri-Score 2023 its current version; the
 * CSV export has no version column, so a product last processed after this date is read
 * as carrying a 2023 grade. Older API objects (2015–2020) hold 2021-or-earlier grades.
 */
export const OFF_NUTRISCORE_2023_SINCE = Date.UTC(2024, 1, 1) / 1000;

interface OffAnswer {
  grade: NutriScoreGrade | null;
  score: number | null;
  status: NutriScoreStatus;
}

function asGrade(value: unknown): NutriScoreGrade | null {
  return typeof value === 'string' && /^[a-e]$/.test(value) ? (value as NutriScoreGrade) : null;
}

function answerFrom(gradeValue: unknown, scoreValue: unknown): OffAnswer | null {
  const grade = asGrade(gradeValue);
  if (grade) return { grade, score: toFiniteNumber(scoreValue), status: 'computable' };
  if (gradeValue === 'not-applicable') return { grade: null, score: null, status: 'not-applicable' };
  if (gradeValue === 'unknown') return { grade: null, score: null, status: 'missing-data' };
  return null;
}

/** OFF's own 2023 grade, only when the record proves it is a 2023 grade. */
export function offNutriScore2023(record: OffRecord): OffAnswer | null {
  const block = getPath(record, 'nutriscore', '2023');
  if (isPlainObject(block)) return answerFrom(block['grade'], block['score']);
  const updated = toFiniteNumber(record['last_updated_t']);
  const isCurrent =
    readString(record, 'nutriscore_version') === '2023' ||
    (updated !== null && updated >= OFF_NUTRISCORE_2023_SINCE && !isPlainObject(record['nutriscore']));
  return isCurrent ? answerFrom(record['nutriscore_grade'], record['nutriscore_score']) : null;
}

/** OFF's grade first (it has the full taxonomy), ours beside it and as the fallback. */
export function resolveNutriScore(record: OffRecord): ProductNutriScore {
  const derivation = deriveNutriScoreInput(record);
  const result = derivation.status === 'computable' ? computeNutriScore2023(derivation.input) : null;
  const computed = result
    ? { grade: result.grade, score: result.score, components: result.components }
    : null;
  const off = offNutriScore2023(record);
  if (off) {
    return {
      grade: off.grade,
      score: off.score,
      version: '2023',
      source: 'off',
      status: off.status,
      computed,
    };
  }
  return {
    grade: computed?.grade ?? null,
    score: computed?.score ?? null,
    version: '2023',
    source: computed ? 'computed' : null,
    status: derivation.status,
    computed,
  };
}
