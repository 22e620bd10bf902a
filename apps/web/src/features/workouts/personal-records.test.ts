import { describe, expect, it } from 'vitest';
import type { PersonalRecord } from '../../api/workouts.api';
import { recordsBeaten, recordsByExercise } from './personal-records';

const SQUAT = '11111111-1111-4111-8111-111111111111';
const BENCH = '22222222-2222-4222-8222-222222222222';
const rec = (exerciseId: string, kind: PersonalRecord['kind'], value: number, achievedOn = '2026-03-01'): PersonalRecord => ({ exerciseId, kind, value, reps: 5, weightKg: 100, achievedOn });
// 100 kg × 5: e1RM (Brzycki) 112.5, set volume 500.
const before = [rec(SQUAT, 'max_weight', 100), rec(SQUAT, 'e1rm', 112.5), rec(SQUAT, 'max_volume_set', 500)];

describe('personal records as they happen', () => {
  it('a heavier set beats the heaviest weight (and here the 1RM and the set volume too)', () => {
    expect(recordsBeaten({ exerciseId: SQUAT, weightKg: 105, reps: 5, e1rmKg: 118.13 }, before)).toEqual(['max_weight', 'e1rm', 'max_volume_set']);
  });

  it('more reps at the same weight beat the 1RM and the volume, not the heaviest weight', () => {
    expect(recordsBeaten({ exerciseId: SQUAT, weightKg: 100, reps: 6, e1rmKg: 116.13 }, before)).toEqual(['e1rm', 'max_volume_set']);
  });

  it('equalling a record is not beating it; a lighter set beats nothing', () => {
    expect(recordsBeaten({ exerciseId: SQUAT, weightKg: 100, reps: 5, e1rmKg: 112.5 }, before)).toEqual([]);
    expect(recordsBeaten({ exerciseId: SQUAT, weightKg: 80, reps: 5, e1rmKg: 90 }, before)).toEqual([]);
  });

  it("another exercise's records do not count; a first set beats every kind; 0 kg beats none", () => {
    expect(recordsBeaten({ exerciseId: BENCH, weightKg: 60, reps: 5, e1rmKg: 67.5 }, before)).toEqual(['max_weight', 'e1rm', 'max_volume_set']);
    expect(recordsBeaten({ exerciseId: BENCH, weightKg: 0, reps: 12, e1rmKg: 0 }, [])).toEqual([]);
  });

  it('groups records by exercise, most recently improved first', () => {
    const grouped = recordsByExercise([...before, rec(BENCH, 'max_weight', 60, '2026-03-05')]);
    expect(grouped.map((g) => g.exerciseId)).toEqual([BENCH, SQUAT]);
    expect(Object.keys(grouped[1].byKind).sort()).toEqual(['e1rm', 'max_volume_set', 'max_weight']);
  });
});
