import { useTranslation } from 'react-i18next';
import { dateFormat, numberFormat } from './intl-cache';

/**
 * Locale-aware number and date formatting for the current language. Units stay metric
 * (the API's units); only separators, digits and date words change with the language.
 */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const num = (value: number, digits = 0) =>
    numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return {
    locale,
    number: num,
    kcal: (value: number) => t('units.kcal', { value: num(value) }),
    kj: (value: number) => t('units.kj', { value: num(value) }),
    grams: (value: number, digits = 1) => t('units.g', { value: num(value, digits) }),
    mg: (value: number) => t('units.mg', { value: num(value) }),
    ml: (value: number) => t('units.ml', { value: num(value) }),
    kg: (value: number, digits = 1) => t('units.kg', { value: num(value, digits) }),
    percent: (value: number) => t('units.percent', { value: num(value) }),
    date: (value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
      dateFormat(locale, options).format(typeof value === 'string' ? new Date(value) : value),
  };
}
