import type { components } from '@welness/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { ErrorState, Loading } from '../../components/states';

type LinkStatus = components['schemas']['TelegramLinkStatusDto'];
type LinkCode = components['schemas']['TelegramLinkCodeDto'];

const key = ['telegram', 'link'] as const;

const fetchStatus = async (): Promise<LinkStatus> => unwrap(await api.GET('/api/v1/bots/telegram/link'));
const createCode = async (): Promise<LinkCode> => unwrap(await api.POST('/api/v1/bots/telegram/link-code'));
const unlink = async (): Promise<void> => {
  const res = await api.DELETE('/api/v1/bots/telegram/link');
  if (!res.response.ok) throw new Error(`unlink failed: ${res.response.status}`);
};

/**
 * "Connect Telegram": a one-time code and its t.me deep link (10 minutes, single use); once the
 * chat sent /start with it, the section shows the link and a way to end it.
 */
export function TelegramSection() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: key, queryFn: fetchStatus });
  const code = useMutation({ mutationFn: createCode });
  const disconnect = useMutation({
    mutationFn: unlink,
    onSuccess: () => {
      code.reset();
      void qc.invalidateQueries({ queryKey: key });
    },
  });
  if (status.data && !status.data.enabled) return null;
  const expires = code.data ? new Date(code.data.expiresAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) : null;
  return (
    <section className="card stack" aria-labelledby="telegram-title" data-testid="telegram-section">
      <h2 id="telegram-title">{t('telegram.title')}</h2>
      {status.isPending && <Loading />}
      {status.isError && <ErrorState onRetry={() => void status.refetch()} />}
      {status.data?.linked && (
        <>
          <p>{t('telegram.linked')}</p>
          <button type="button" className="btn" onClick={() => disconnect.mutate()} disabled={disconnect.isPending}>
            {t('telegram.disconnect')}
          </button>
        </>
      )}
      {status.data && !status.data.linked && (
        <>
          <p>{t('telegram.intro')}</p>
          {code.data ? (
            <p>
              <a className="btn primary" href={code.data.deepLink} target="_blank" rel="noreferrer" onClick={() => void qc.invalidateQueries({ queryKey: key })}>
                {t('telegram.open')}
              </a>{' '}
              <small>
                {t('telegram.code', { code: code.data.code })} · {t('telegram.expires', { time: expires })}
              </small>
            </p>
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
