import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/states';
import { useTelegramCode, useTelegramLink, useUnlinkTelegram } from '../../hooks/use-notifications';
import { useFormat } from '../../i18n/format';
import './settings.strings';

/** How often the page asks whether the chat pressed Start, while a code is out. */
const LINK_POLL_MS = 3000;

/**
 * "Connect Telegram": a one-time code and its t.me deep link (10 minutes, single use). While
 * the code is out the page watches for the chat's /start, then shows the link and a way to
 * end it.
 */
export function TelegramSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const code = useTelegramCode();
  const waiting = !!code.data && Date.parse(code.data.expiresAt) > Date.now();
  const status = useTelegramLink({ pollMs: waiting ? LINK_POLL_MS : false });
  const disconnect = useUnlinkTelegram();
  if (status.data && !status.data.enabled) return null;
  const linked = status.data?.linked ?? false;
  const expires = code.data ? f.date(code.data.expiresAt, { hour: '2-digit', minute: '2-digit' }) : null;
  return (
    <section className="card stack" aria-labelledby="telegram-title" data-testid="telegram-section">
      <h2 id="telegram-title">{t('telegram.title')}</h2>
      {status.isPending && <Loading />}
      {status.isError && <ErrorState onRetry={() => void status.refetch()} />}
      {status.data && linked && (
        <>
          <p role="status">
            {t('telegram.linked')} {status.data.linkedAt && t('settingsMore.telegramLinkedOn', { date: f.date(status.data.linkedAt) })}
          </p>
          <button
            type="button"
            className="btn"
            onClick={() => disconnect.mutate(undefined, { onSuccess: () => code.reset() })}
            disabled={disconnect.isPending}
          >
            {t('telegram.disconnect')}
          </button>
          {disconnect.isError && (
            <p role="alert" className="bad">
              {t('state.error')}
            </p>
          )}
        </>
      )}
      {status.data && !linked && (
        <>
          <p>{t('telegram.intro')}</p>
          {code.data ? (
            <div className="stack">
              <p>
                <a className="btn primary" href={code.data.deepLink} target="_blank" rel="noreferrer" data-testid="telegram-deep-link">
                  {t('telegram.open')}
                </a>{' '}
                <small>
                  {t('telegram.code', { code: code.data.code })} · {t('telegram.expires', { time: expires })}
                </small>
              </p>
              <p className="hint" role="status">
                {t('settingsMore.telegramWaiting')}
              </p>
              <button type="button" className="btn" onClick={() => code.mutate()} disabled={code.isPending}>
                {t('settingsMore.telegramNewCode')}
              </button>
            </div>
          ) : (
            <button type="button" className="btn primary" onClick={() => code.mutate()} disabled={code.isPending}>
              {t('telegram.connect')}
            </button>
          )}
          {code.isError && (
            <p role="alert" className="bad">
              {t('telegram.failed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
