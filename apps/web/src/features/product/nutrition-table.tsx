import { useTranslation } from 'react-i18next';
import type { ProductNutrients } from '../../api/products.api';
import { useFormat } from '../../i18n/format';

type Key = keyof ProductNutrients;
const ROWS: { key: Key; unit: 'kcal' | 'g'; sub?: boolean }[] = [
  { key: 'energyKcal', unit: 'kcal' },
  { key: 'fat', unit: 'g' },
  { key: 'saturatedFat', unit: 'g', sub: true },
  { key: 'carbohydrates', unit: 'g' },
  { key: 'sugars', unit: 'g', sub: true },
  { key: 'fiber', unit: 'g' },
  { key: 'proteins', unit: 'g' },
  { key: 'salt', unit: 'g' },
];

/** Per 100 g (or ml) and, when the serving size is known, per serving. */
export function NutritionTable({
  per100,
  perServing,
  servingSize,
  liquid,
}: {
  per100: ProductNutrients;
  perServing: ProductNutrients | null;
  servingSize: string | null;
  liquid: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const cell = (value: number | null, unit: 'kcal' | 'g', kj: number | null) => {
    if (value === null) return t('product.unknown');
    if (unit === 'kcal') return kj !== null ? `${f.kcal(value)} (${f.kj(kj)})` : f.kcal(value);
    return f.grams(value, value < 10 ? 1 : 0);
  };
  return (
    <table className="nutrition" data-testid="nutrition-table">
      <caption className="visually-hidden">{t('product.nutrition')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('product.nutrient')}</th>
          <th scope="col">{liquid ? t('product.per100ml') : t('product.per100g')}</th>
          {perServing && <th scope="col">{t('product.perServing', { size: servingSize ?? '' })}</th>}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.key} className={row.sub ? 'sub' : undefined}>
            <th scope="row">{t(`product.nutrients.${row.key}`)}</th>
            <td>{cell(per100[row.key], row.unit, row.key === 'energyKcal' ? per100.energyKj : null)}</td>
            {perServing && <td>{cell(perServing[row.key], row.unit, row.key === 'energyKcal' ? perServing.energyKj : null)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
