import type { GtinFormat, NutriScoreComponent, NutriScoreGrade, NutriScoreStatus } from '@welness/nutrition';

/** Which of the Open Food Facts record layouts a product was read from. */
export type OffRecordShape = 'dump-legacy' | 'dump-1003' | 'csv' | 'api';

export interface NutrientValues {
  energyKcal: number | null;
  energyKj: number | null;
  fat: number | null;
  saturatedFat: number | null;
  carbohydrates: number | null;
  sugars: number | null;
  fiber: number | null;
  proteins: number | null;
  salt: number | null;
  sodium: number | null;
}

export type NutrientKey = keyof NutrientValues;

export interface ProductNutriScore {
  /** OFF's 2023 grade when OFF published one, else ours; null when neither exists. */
  grade: NutriScoreGrade | null;
  score: number | null;
  version: '2023';
  source: 'off' | 'computed' | null;
  /** Why there is no grade, or 'computable' when there is one. */
  status: NutriScoreStatus;
  /** Our own computation, kept beside OFF's so that differences can be explained. */
  computed: {
    grade: NutriScoreGrade;
    score: number;
    components: { negative: NutriScoreComponent[]; positive: NutriScoreComponent[] };
  } | null;
}

export interface ProductDiet {
  vegan: boolean | null;
  vegetarian: boolean | null;
  palmOilFree: boolean | null;
}

export interface NormalizedProduct {
  code: string;
  codeFormat: GtinFormat;
  sourceShape: OffRecordShape;
  name: string | null;
  brands: string[];
  quantity: string | null;
  servingSize: string | null;
  servingQuantityG: number | null;
  /** 'prepared' only when the record has no as-sold values at all. */
  nutritionPreparation: 'as_sold' | 'prepared';
  nutrientsPer100g: NutrientValues;
  nutrientsPerServing: NutrientValues | null;
  nutriScore: ProductNutriScore;
  nova: 1 | 2 | 3 | 4 | null;
  allergens: string[];
  traces: string[];
  categories: string[];
  labels: string[];
  diet: ProductDiet;
  imageUrl: string | null;
  dataQuality: { warnings: string[] };
  /** Lowercased, accent-folded words of the name and brands, for prefix search. */
  keywords: string[];
  popularity: number | null;
  completeness: number | null;
  /** ISO 8601. */
  lastModified: string | null;
}

export interface NormalizeOptions {
  /** Preferred language for the name and image (ISO 639-1); the record's own `lc` is next. */
  lang?: string;
}
