/**
 * Category rules used when a record does not carry OFF's own Nutri-Score 2023 flags.
 * Lists marked "OFF" are copied from openfoodfacts-server (Food.pm / Config_off.pm);
 * lists marked "approximation" stand in for OFF taxonomy properties (HS codes, red-meat
 * ingredient property, category overrides) that only exist in OFF's taxonomies.
 */

/** OFF: is_beverage_for_nutrition_score_2023 roots. */
export const BEVERAGE_ROOTS = ['en:beverages', 'en:beverage-preparations'] as const;

/** Approximation of $options{categories_not_considered_as_beverages_for_nutriscore_2023}. */
export const NOT_BEVERAGES_2023 = ['en:meal-replacements', 'en:soups'] as const;

/**
 * Approximation of $options{categories_considered_as_beverages_for_nutriscore_2023}: beverages
 * whatever their other categories. The 2023 rules moved milks and dairy drinks to the
 * beverage table, and OFF grades coffee and tea (beans, leaves, bags) as beverages.
 */
export const CONSIDERED_BEVERAGES_2023 = [
  'en:milks',
  'en:dairy-drinks',
  'en:plant-based-milk-alternatives',
  'en:coffees',
  'en:coffee-drinks',
  'en:coffee-beverages',
  'en:teas',
  'en:tea-based-beverages',
  'en:iced-teas',
  'en:herbal-teas',
  'en:herbal-tea-beverages',
] as const;

/** OFF: is_water_for_nutrition_score. */
export const WATER_CATEGORY = 'en:spring-waters';
export const FLAVOURED_WATER_CATEGORIES = ['en:flavored-waters', 'en:flavoured-waters'] as const;

/** OFF: is_cheese_for_nutrition_score (fromages blancs are fresh dairy, not cheese). */
export const CHEESE_CATEGORY = 'en:cheeses';
export const NOT_CHEESE_CATEGORIES = ['fr:fromages-blancs'] as const;

/** OFF: is_fat_oil_nuts_seeds_for_nutrition_score direct categories. */
export const FAT_OIL_NUTS_SEEDS_CATEGORIES = ['en:fats', 'en:creams', 'en:seeds'] as const;
/**
 * Approximation of the HS headings OFF reads from the taxonomy: nuts (08.01, 08.02),
 * processed nuts and peanuts (2008.11, 2008.19, 12.02), oil seeds (12.04, 12.06, 12.07).
 */
export const NUTS_CATEGORIES = [
  'en:nuts',
  'en:peanuts',
  'en:peanut-butters',
  'en:nut-butters',
  'en:oilseed-purees',
  'en:sunflower-seeds',
  'en:pumpkin-seeds',
  'en:flax-seeds',
  'en:sesame-seeds',
] as const;
/** OFF: chestnuts are excluded from the fats, oils, nuts and seeds group. */
export const NOT_FAT_OIL_NUTS_SEEDS = ['en:chestnuts'] as const;

/** Approximation of HS headings 02.01–02.06 (beef, pork, sheep/goat, horse, offal). */
export const RED_MEAT_CATEGORY_RE =
  /^en:(?:beef|veal|pork|lamb|mutton|goat|horse|venison|game|wild-boar)(?:-meats?|s)?$|^en:(?:beef|pork|veal|lamb)-(?:steaks|roasts|cutlets|chops|mince|offals?)$|^en:minced-(?:beef|pork|veal|lamb)$/;

/** Approximation of OFF's red-meat ingredient property; fats and extracts are not meat. */
export const RED_MEAT_INGREDIENT_RE =
  /^en:(?:beef|veal|pork|lamb|mutton|goat|horse|venison|wild-boar|kangaroo|camel|donkey|ham|bacon)(?:-meat)?$|^en:(?:beef|pork|veal|lamb|horse)-(?:meat|mince)$/;

/** OFF: an ingredient share above this makes the product a red-meat product. */
export const RED_MEAT_MIN_PERCENT = 10;

/** OFF additives flagged as non-nutritive sweeteners (E-number roots). */
export const NON_NUTRITIVE_SWEETENER_ADDITIVES = [
  'en:e950',
  'en:e951',
  'en:e952',
  'en:e954',
  'en:e955',
  'en:e957',
  'en:e959',
  'en:e960',
  'en:e961',
  'en:e962',
  'en:e969',
] as const;

/**
 * Approximation of the category property nutriscore_category_override_for_fruits_vegetables_legumes,
 * which wins over any estimate: the 2023 rules count olive, rapeseed and walnut oils in the
 * fruits/vegetables/legumes component.
 */
export const FRUITS_VEGETABLES_LEGUMES_CATEGORY_OVERRIDES: readonly (readonly [string, number])[] = [
  ['en:olive-oils', 100],
  ['en:rapeseed-oils', 100],
  ['en:colza-oils', 100],
  ['en:walnut-oils', 100],
];

/** OFF: @fruits_vegetables_legumes_by_category_if_no_ingredients_specified_sorted. */
export const FRUITS_VEGETABLES_LEGUMES_BY_CATEGORY: readonly (readonly [string, number])[] = [
  ['en:potatoes', 0],
  ['en:sweet-potatoes', 0],
  ['en:fruit-juices', 100],
  ['en:vegetable-juices', 100],
  ['en:fruit-sauces', 90],
  ['en:vegetables', 90],
  ['en:fruits', 90],
  ['en:mushrooms', 90],
  ['en:canned-fruits', 90],
  ['en:frozen-fruits', 90],
  ['en:jams', 50],
];

/** Approximation of $options{categories_exempted_from_nutriscore}. */
export const EXEMPTED_CATEGORIES = [
  'en:alcoholic-beverages',
  'en:aromatic-herbs',
  'en:baby-foods',
  'en:baby-milks',
  'en:chewing-gum',
  'en:dietary-supplements',
  'en:food-additives',
  'en:meal-replacements',
  'en:salts',
  'en:spices',
  'en:sugar-substitutes',
  'en:vinegars',
  'en:pet-food',
  'en:non-food-products',
] as const;

/** OFF: exceptions to the exemptions. */
export const NOT_EXEMPTED_CATEGORIES = [
  'en:tea-based-beverages',
  'en:iced-teas',
  'en:herbal-tea-beverages',
  'en:coffee-beverages',
  'en:coffee-drinks',
] as const;

/** OFF: has_category_that_should_have_prepared_nutrition_data. */
export const PREPARED_DATA_CATEGORIES = [
  'en:dried-products-to-be-rehydrated',
  'en:cocoa-and-chocolate-powders',
  'en:dessert-mixes',
  'en:flavoured-syrups',
  'en:instant-beverages',
  'en:beverage-preparations',
] as const;
