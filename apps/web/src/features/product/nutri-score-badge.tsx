import { useTranslation } from 'react-i18next';
import type { Product } from '../../api/products.api';
import { useFormat } from '../../i18n/format';

type NutriScore = Product['nutriScore'];
type Component = NonNullable<NutriScore['computed']>['components']['negative'][number];

const KNOWN = new Set([
  'energy',
  'energy_from_saturated_fat',
  'sugars',
  'saturated_fat',
  'saturated_fat_ratio',
  'salt',
  'non_nutritive_sweeteners',
  'proteins',
  'fiber',
  'fruits_vegetables_legumes',
]);

function ComponentList({ title, items }: { title: string; items: Component[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div>
      <h3>{title}</h3>
      <ul className="points">
        {items.map((c) => (
          <li key={c.id}>
            <span>
              {KNOWN.has(c.id) ? t(`product.components.${c.id}`) : c.id}
              {c.value !== null && (
                <small>
                  {' '}
                  ({f.number(c.value, 1)}
                  {c.unit ? ` ${c.unit}` : ''})
                </small>
              )}
            </span>
            <span>{t('product.points', { points: c.points, max: c.pointsMax })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The grade, and why: every component's points as computed from the label. */
export function NutriScoreBadge({ nutriScore }: { nutriScore: NutriScore }) {
  const { t } = useTranslation();
  const grade = nutriScore.grade;
  return (
    <div className="nutri-score-block" data-testid="nutri-score">
      {grade ? (
        <span className="nutri-score">
          <span className={`grade grade-${grade}`} aria-hidden="true">
            {grade}
          </span>
          {t('product.nutriScoreGrade', { grade: grade.toUpperCase() })}
        </span>
      ) : (
        <span className="pill">{t('product.nutriScoreNone')}</span>
      )}
      {nutriScore.computed && (
        <details>
          <summary>{t('product.nutriScoreWhy')}</summary>
          <div className="grid-2">
            <ComponentList title={t('product.negativePoints')} items={nutriScore.computed.components.negative} />
            <ComponentList title={t('product.positivePoints')} items={nutriScore.computed.components.positive} />
          </div>
        </details>
      )}
    </div>
  );
}
