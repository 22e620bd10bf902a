import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SLOTS } from '../../api/tracking.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useDeleteEntry, useDiaryDay } from '../../hooks/use-diary';
import { useToday } from '../../hooks/use-today';
import { useFormat } from '../../i18n/format';
import { FromRecipes } from './from-recipes';
import { DayCopy, SlotTools } from './meal-tools';
import { ProductSearch } from './product-search';
import { QuickAddForm } from './quick-add-form';

/** Calendar arithmetic on YYYY-MM-DD at noon UTC, so no time zone can shift the day. */
export function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function DiaryPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date')! : today;
  const day = useDiaryDay(date);
  const remove = useDeleteEntry(date);
  const go = (d: string) => setParams(d === today ? {} : { date: d });
  return (
    <div className="stack">
      <section className="card" aria-labelledby="diary-title">
        <h1 id="diary-title">{t('diary.title')}</h1>
        <div className="row day-nav">
          <button type="button" className="btn" onClick={() => go(shiftDay(date, -1))} aria-label={t('diary.previousDay')}>
            ‹
          </button>
          <strong aria-live="polite">{f.date(`${date}T12:00:00`, { weekday: 'long', day: 'numeric', month: 'long' })}</strong>
          <button type="button" className="btn" onClick={() => go(shiftDay(date, 1))} aria-label={t('diary.nextDay')} disabled={date >= today}>
            ›
          </button>
        </div>
        {day.isPending && <Loading />}
        {day.isError && <ErrorState onRetry={() => void day.refetch()} />}
        {day.data && (
          <p data-testid="diary-total">
            {t('diary.total', { energy: f.kcal(day.data.totals.energyKcal), protein: f.grams(day.data.totals.proteinG, 0), carbs: f.grams(day.data.totals.carbohydratesG, 0), fat: f.grams(day.data.totals.fatG, 0) })}
          </p>
        )}
        {day.data && SLOTS.some((s) => day.data.slots[s].length > 0) && <DayCopy key={date} date={date} today={today} />}
      </section>
      {day.data &&
        SLOTS.map((slot) => {
          const entries = day.data.slots[slot];
          const kcal = entries.reduce((sum, e) => sum + e.nutrients.energyKcal, 0);
          return (
            <section key={slot} className="card" aria-labelledby={`slot-${slot}`} data-testid={`slot-${slot}`}>
              <div className="row spread">
                <h2 id={`slot-${slot}`}>{t(`diary.slots.${slot}`)}</h2>
                <span>{f.kcal(kcal)}</span>
              </div>
              {entries.length === 0 ? (
                <Empty>{t('diary.emptySlot')}</Empty>
              ) : (
                <ul className="entries">
                  {entries.map((e) => (
                    <li key={e.id}>
                      <span>
                        {e.name}
                        {e.brand && <small> · {e.brand}</small>}
                        <small className="block">
                          {e.grams !== null ? f.grams(e.grams, 0) : e.unit === 'serving' ? t('units.servings', { count: e.quantity, value: f.number(e.quantity, 2) }) : `${f.number(e.quantity, 2)} ${e.unit}`}
                        </small>
                      </span>
                      <span>{f.kcal(e.nutrients.energyKcal)}</span>
                      <button
                        type="button"
                        className="btn small"
                        disabled={e.id.startsWith('pending-')}
                        // A tap on × is easy to make by mistake: ask first.
                        onClick={() => window.confirm(t('diary.confirmRemove', { name: e.name })) && remove.mutate(e.id)}
                        aria-label={t('diary.remove', { name: e.name })}
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {entries.length > 0 && <SlotTools key={date} date={date} slot={slot} today={today} />}
            </section>
          );
        })}
      <section className="card">
        <FromRecipes date={date} />
      </section>
      <section className="card">
        <ProductSearch />
      </section>
      <section className="card">
        <QuickAddForm date={date} />
        <p>
          <Link to="/scan">{t('diary.addByScan')}</Link>
        </p>
      </section>
    </div>
  );
}
