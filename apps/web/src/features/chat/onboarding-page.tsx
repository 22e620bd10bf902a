import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/session-context';
import { ErrorState, Loading } from '../../components/states';
import { useAfterTurn, useConversation, useConversations, useCreateConversation, useMessages } from '../../hooks/use-conversations';
import { useUpdateMe } from '../../hooks/use-profile';
import '../settings/settings.strings';
import { ChatView } from './chat-view';

/** The coach's onboarding interview; resumes an unfinished one instead of starting over. */
export function OnboardingPage() {
  const { t } = useTranslation();
  const list = useConversations();
  const create = useCreateConversation();
  const started = useRef(false);
  const existing = list.data?.find((c) => c.mode === 'onboarding') ?? null;
  const id = existing?.id ?? create.data?.id ?? null;
  useEffect(() => {
    if (list.data && !existing && !started.current) {
      started.current = true;
      create.mutate('onboarding');
    }
  }, [list.data, existing, create]);
  const conversation = useConversation(id);
  const messages = useMessages(id);
  const afterTurn = useAfterTurn(id);
  const complete = conversation.data?.onboarding?.complete ?? false;
  return (
    <section className="card" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">{t('onboarding.title')}</h1>
      <p className="hint">{t('onboarding.intro')}</p>
      {!complete && <UnitsChoice />}
      {(list.isPending || (id && messages.isPending)) && <Loading />}
      {(list.isError || create.isError || messages.isError) && <ErrorState onRetry={() => void list.refetch()} />}
      {id && messages.data && <ChatView conversationId={id} messages={messages.data} onTurn={afterTurn} />}
      {complete ? (
        <p className="notice" role="status">
          {t('onboarding.done')}{' '}
          <Link className="btn primary" to="/">
            {t('onboarding.toDashboard')}
          </Link>
        </p>
      ) : (
        <p>
          <Link to="/settings">{t('onboarding.useForm')}</Link>
        </p>
      )}
    </section>
  );
}

/** Before the coach asks for height and weight: in cm and kg, or in ft/in and lb (saved to the profile at once). */
function UnitsChoice() {
  const { t } = useTranslation();
  const me = useMe();
  const save = useUpdateMe();
  return (
    <fieldset className="row">
      <legend>{t('settingsMore.units')}</legend>
      {(['metric', 'imperial'] as const).map((u) => (
        <label key={u} className="check">
          <input type="radio" name="onboarding-units" value={u} checked={me.unitSystem === u} disabled={save.isPending} onChange={() => save.mutate({ unitSystem: u })} />
          {t(`settingsMore.${u}`)}
        </label>
      ))}
    </fieldset>
  );
}
