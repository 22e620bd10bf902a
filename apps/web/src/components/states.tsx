import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The three non-happy states every screen shows the same way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite" className="state state-loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  );
}

export function ErrorState({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="state state-error">
      <p>{message ?? t('state.error')}</p>
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{children ?? t('state.empty')}</p>;
}
