import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Product } from '../../api/products.api';
import { ErrorState, Loading } from '../../components/states';
import { useAvoidedAllergens, useProduct } from '../../hooks/use-products';
import { AddProductForm } from './add-product-form';
import { CatalogueImportHint } from './catalogue-import-hint';
import { LogProductForm } from './log-product-form';
import { NutriScoreBadge } from './nutri-score-badge';
import { NutritionTable } from './nutrition-table';

/** "en:milk" → "milk": OFF's taxonomy ids read well enough without their language prefix. */
export const tagLabel = (tag: string) => tag.replace(/^[a-z]{2}:/, '').replace(/-/g, ' ');

/** Allergens the product declares that the user avoids; both sides compared without prefixes. */
export function conflictingAllergens(product: Pick<Product, 'allergens' | 'traces'>, avoided: string[]): string[] {
  const avoid = new Set(avoided.map((a) => tagLabel(a).toLowerCase()));
  return [...new Set([...product.allergens, ...product.traces].map((a) => tagLabel(a)))].filter((a) => avoid.has(a.toLowerCase()));
}

const LIQUID = /\b(ml|cl|l)\b/i;

function DietFlags({ diet }: { diet: Product['diet'] }) {
  const { t } = useTranslation();
  const word = (v: boolean | null) => (v === null ? t('product.dietUnknown') : v ? t('product.dietYes') : t('product.dietNo'));
  return (
    <ul className="badges" aria-label={t('product.diet')}>
      {(['vegan', 'vegetarian', 'palmOilFree'] as const).map((k) => (
        <li key={k} className="pill">
          {t(`product.${k}`)}: {word(diet[k])}
        </li>
      ))}
    </ul>
  );
}

export function ProductView({ product, avoided }: { product: Product; avoided: string[] }) {
  const { t } = useTranslation();
  const conflicts = conflictingAllergens(product, avoided);
  const name = product.name ?? product.code;
  return (
    <article className="stack" aria-labelledby="product-title">
      <section className="card">
        <div className="product-head">
          {product.imageUrl && (
            <img
              src={product.imageUrl}
              alt={t('product.imageAlt', { name })}
              width={96}
              height={96}
              loading="lazy"
              // Images come from OFF's servers; offline (or blocked) the page reads better without a broken box.
              onError={(e) => {
                e.currentTarget.hidden = true;
              }}
            />
          )}
          <div>
            <h1 id="product-title">{name}</h1>
            {product.brands.length > 0 && <p>{product.brands.join(', ')}</p>}
            {product.quantity && <p className="hint">{product.quantity}</p>}
            <p className="hint">{product.code}</p>
          </div>
        </div>
        {conflicts.length > 0 && (
          <p className="alert" role="alert" data-testid="allergen-alert">
            {t('product.allergenAlert', { list: conflicts.join(', ') })}
          </p>
        )}
        <LogProductForm product={product} />
      </section>
      <section className="card" aria-labelledby="scores-title">
        <h2 id="scores-title">{t('product.scores')}</h2>
        <NutriScoreBadge nutriScore={product.nutriScore} />
        <p className="pill" data-testid="nova">
          {product.nova ? `${t('product.nova', { group: product.nova })} — ${t(`product.novaGroups.${product.nova}`)}` : t('product.novaNone')}
        </p>
      </section>
      <section className="card" aria-labelledby="nutrition-title">
        <h2 id="nutrition-title">{t('product.nutrition')}</h2>
        <NutritionTable
          per100={product.nutrientsPer100g}
          perServing={product.nutrientsPerServing}
          servingSize={product.servingSize}
          liquid={LIQUID.test(product.quantity ?? '')}
        />
      </section>
      <section className="card" aria-labelledby="allergens-title">
        <h2 id="allergens-title">{t('product.allergens')}</h2>
        <p>{product.allergens.length > 0 ? product.allergens.map(tagLabel).join(', ') : t('product.allergensNone')}</p>
        {product.traces.length > 0 && (
          <p>
            {t('product.traces')}: {product.traces.map(tagLabel).join(', ')}
          </p>
        )}
        <h2>{t('product.diet')}</h2>
        <DietFlags diet={product.diet} />
        {product.dataQuality.warnings.length > 0 && (
          <div className="notice" data-testid="quality-warnings">
            <h2>{t('product.quality')}</h2>
            <p>{t('product.qualityHint')}</p>
            <ul>
              {product.dataQuality.warnings.map((w) => (
                <li key={w}>{tagLabel(w)}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <footer className="card attribution-note">
        <p>
          {product.userContributed ? t('product.userContributed') : t('product.attribution')}{' '}
          {product.source.url && (
            <a href={product.source.url} rel="noopener" target="_blank">
              {t('product.openOnOff')}
            </a>
          )}
        </p>
      </footer>
    </article>
  );
}

export function ProductPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const product = useProduct(code);
  const avoided = useAvoidedAllergens();
  if (product.isPending) return <Loading />;
  if (product.isError) return <ErrorState onRetry={() => void product.refetch()} />;
  if (product.data === null) {
    return (
      <section className="card" aria-labelledby="unknown-title">
        <h1 id="unknown-title">{t('product.notFound', { code })}</h1>
        <AddProductForm code={code} />
        <CatalogueImportHint />
      </section>
    );
  }
  return <ProductView product={product.data} avoided={avoided.data ?? []} />;
}
