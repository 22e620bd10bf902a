import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Message } from '../../api/agents.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useAfterTurn, useConversations, useCreateConversation, useFeedback, useMessages } from '../../hooks/use-conversations';
import { useFormat } from '../../i18n/format';
import { ChatView } from './chat-view';

function Feedback({ conversationId, message }: { conversationId: string; message: Message }) {
  const { t } = useTranslation();
  const feedback = useFeedback(conversationId);
  const given = feedback.variables?.rating;
  return (
    <span className="feedback">
      <button type="button" className="btn small" aria-pressed={given === 1} aria-label={t('chat.thumbsUp')} onClick={() => feedback.mutate({ messageId: message.id, rating: 1 })}>
        👍
      </button>
      <button type="button" className="btn small" aria-pressed={given === -1} aria-label={t('chat.thumbsDown')} onClick={() => feedback.mutate({ messageId: message.id, rating: -1 })}>
        👎
      </button>
    </span>
  );
}

/** Conversations with the AI coach: a list, and the open one with streaming replies. */
export function CoachPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const list = useConversations();
  const create = useCreateConversation();
  const chats = list.data?.filter((c) => c.mode === 'chat') ?? [];
  const id = params.get('c') ?? chats[0]?.id ?? null;
  const messages = useMessages(id);
  const afterTurn = useAfterTurn(id);
  const startNew = () => create.mutate('chat', { onSuccess: (c) => setParams({ c: c.id }) });
  return (
    <div className="chat-layout">
      <nav className="card conversations" aria-labelledby="conversations-title">
        <h1 id="conversations-title">{t('chat.title')}</h1>
        <button type="button" className="btn primary" onClick={startNew} disabled={create.isPending}>
          {t('chat.new')}
        </button>
        {list.isPending && <Loading />}
        {list.isError && <ErrorState onRetry={() => void list.refetch()} />}
        {list.data && chats.length === 0 && <Empty>{t('chat.none')}</Empty>}
        <ul>
          {chats.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" aria-current={c.id === id ? 'true' : undefined} onClick={() => setParams({ c: c.id })}>
                {c.title ?? t('chat.untitled')} <small>{f.date(c.updatedAt, { dateStyle: 'short', timeStyle: 'short' })}</small>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="card" aria-label={t('chat.conversation')}>
        {!id && <Empty>{t('chat.startHint')}</Empty>}
        {id && messages.isPending && <Loading />}
        {id && messages.isError && <ErrorState onRetry={() => void messages.refetch()} />}
        {id && messages.data && (
          <ChatView conversationId={id} messages={messages.data} onTurn={afterTurn} renderActions={(m) => <Feedback conversationId={id} message={m} />} />
        )}
      </section>
    </div>
  );
}
