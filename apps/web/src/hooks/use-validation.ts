import { useTranslation } from 'react-i18next';
import type { Invalid } from '../api/limits';

/** Says a failed check in the user's language ("Enter 1440 or less."); null when there is none. */
export function useValidation(): (...checks: (Invalid | null | undefined)[]) => string | null {
  const { t, i18n } = useTranslation();
  return (...checks) => {
    const first = checks.find((c): c is Invalid => !!c);
    if (!first) return null;
    // An unrecognised API message is English: shown as is to English readers, generic to others.
    if (first.key === 'invalid' && first.message && i18n.language.startsWith('en')) return first.message;
    return t(`validation.${first.key}`, first.values);
  };
}
