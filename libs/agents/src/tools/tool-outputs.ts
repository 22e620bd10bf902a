/**
 * The shapes tools return. Tool providers map the owning module's service results into these,
 * so the offline coach's templates and the model see one stable vocabulary.
 */
export interface ProductInfo {
  barcode: string;
  name: string;
  brand: string | null;
  servingSizeG: number | null;
  per100g: { energyKcal: number | null; proteinG: number | null; carbsG: number | null; fatG: number | null };
  nutriScore: string | null;
}

export interface LoggedEntry {
  entryId: string;
  date: string;
  meal: string;
  name: string;
  quantity: number;
  unit: string;
  energyKcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
}

export interface MacroProgress {
  consumed: number;
  target: number | null;
}

export interface DailySummaryOut {
  date: string;
  energy: {
    consumedKcal: number;
    burnedKcal: number;
    targetKcal: number | null;
    remainingKcal: number | null;
  };
  protein: MacroProgress;
  carbs: MacroProgress;
  fat: MacroProgress;
  entries: number;
  streakDays: number | null;
}

export interface TargetsOut {
  energyKcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  formula: string | null;
  warnings: string[];
}

export interface GoalOut {
  goalId: string;
  direction: string;
  targetWeightKg: number | null;
  targetDate: string | null;
}
