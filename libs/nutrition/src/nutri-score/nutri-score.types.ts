export type NutriScoreGrade = 'a' | 'b' | 'c' | 'd' | 'e';

/** Per 100 g (or 100 ml for beverages), as declared; never pre-rounded. null = unknown. */
export interface NutriScoreNutrients {
  energyKj: number | null;
  sugars: number | null;
  saturatedFat: number | null;
  /** Total fat: only used for the saturated fat ratio of fats, oils, nuts and seeds. */
  fat: number | null;
  salt: number | null;
  fiber: number | null;
  proteins: number | null;
  /** Fruits, vegetables and legumes, in %. */
  fruitsVegetablesLegumes: number | null;
  /** Number of non-nutritive sweeteners in the ingredients; only beverages are penalised. */
  nonNutritiveSweeteners: number | null;
}

export interface NutriScoreFlags {
  isBeverage: boolean;
  isWater: boolean;
  isCheese: boolean;
  isFatOilNutsSeeds: boolean;
  isRedMeatProduct: boolean;
}

export interface NutriScoreInput {
  nutrients: NutriScoreNutrients;
  flags: NutriScoreFlags;
}

/** Same ids as OFF's `nutriscore.2023.data.components`, so results compare 1:1. */
export type NutriScoreNegativeId =
  | 'energy'
  | 'energy_from_saturated_fat'
  | 'sugars'
  | 'saturated_fat'
  | 'saturated_fat_ratio'
  | 'salt'
  | 'non_nutritive_sweeteners';

export type NutriScorePositiveId = 'proteins' | 'fiber' | 'fruits_vegetables_legumes';

export type NutriScoreComponentId = NutriScoreNegativeId | NutriScorePositiveId;

export interface NutriScoreComponent<Id extends NutriScoreComponentId = NutriScoreComponentId> {
  id: Id;
  /** Value the points were computed from; null when unknown (0 points). */
  value: number | null;
  unit: 'kJ' | 'g' | '%' | null;
  points: number;
  pointsMax: number;
}

export type NutriScoreCategory =
  'general' | 'cheese' | 'red_meat' | 'fat_oil_nuts_seeds' | 'beverage' | 'water';

export type CountProteinsReason =
  | 'beverage'
  | 'cheese'
  | 'negative_points_less_than_7'
  | 'negative_points_greater_than_or_equal_to_7'
  | 'negative_points_less_than_11'
  | 'negative_points_greater_than_or_equal_to_11';

export interface NutriScoreResult {
  version: '2023';
  score: number;
  grade: NutriScoreGrade;
  category: NutriScoreCategory;
  negativePoints: number;
  negativePointsMax: number;
  positivePoints: number;
  positivePointsMax: number;
  countProteins: boolean;
  countProteinsReason: CountProteinsReason;
  /** Set when the red-meat rule capped the protein points. */
  proteinsPointsLimitedReason: 'red_meat_product' | null;
  components: {
    negative: NutriScoreComponent<NutriScoreNegativeId>[];
    positive: NutriScoreComponent<NutriScorePositiveId>[];
  };
}
