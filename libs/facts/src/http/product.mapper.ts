import type { CatalogueProduct } from '../catalogue/product.document';
import type { ResolvedProduct } from '../lookup/product-lookup.service';
import type { ProductDto, ProductSourceDto } from './product-response.dto';

const OFF_SOURCE = (code: string): ProductSourceDto => ({
  name: 'Open Food Facts',
  license: 'ODbL',
  url: `https://world.openfoodfacts.org/product/${code}`,
  attribution: 'Open Food Facts contributors, https://world.openfoodfacts.org',
});

const USER_SOURCE: ProductSourceDto = { name: 'Welness AI user', license: null, url: null, attribution: null };

/**
 * The language whose name the response shows: `lang` when the record has a name in it, else
 * '' (the normalized fallback chain). Responses differ only by this, not by every `lang` asked.
 */
export function nameLanguage(product: CatalogueProduct, lang?: string): string {
  return lang && product.names && Object.hasOwn(product.names, lang) && product.names[lang] != null ? lang : '';
}

function localizedName(product: CatalogueProduct, lang?: string): string | null {
  const language = nameLanguage(product, lang);
  return language ? product.names[language] : product.name;
}

export function toProductDto({ product, contributor }: ResolvedProduct, lang?: string): ProductDto {
  return {
    code: product.code,
    codeFormat: product.codeFormat,
    name: localizedName(product, lang),
    brands: product.brands,
    quantity: product.quantity,
    servingSize: product.servingSize,
    servingQuantityG: product.servingQuantityG,
    nutrientsPer100g: product.nutrientsPer100g,
    nutrientsPerServing: product.nutrientsPerServing,
    nutriScore: {
      grade: product.nutriScore.grade,
      score: product.nutriScore.score,
      version: '2023',
      source: product.nutriScore.source,
      status: product.nutriScore.status,
      computed: product.nutriScore.computed,
    },
    nova: product.nova,
    allergens: product.allergens,
    traces: product.traces,
    categories: product.categories,
    labels: product.labels,
    diet: product.diet,
    imageUrl: product.imageUrl,
    dataQuality: { warnings: product.dataQuality.warnings },
    userContributed: contributor !== null,
    ...(contributor ? { ownedByCaller: contributor.ownedByCaller } : {}),
    source: contributor ? USER_SOURCE : OFF_SOURCE(product.code),
  };
}
