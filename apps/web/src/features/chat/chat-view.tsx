import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message, TurnReply } from '../../api/agents.api';
import { sendMessageStreaming } from '../../api/agents.api';
import { Markdown } from '../../components/markdown';

/** Tools the coach may run, said as what happened (unknown ones read as a plain "Done"). */
const TOOL_WORDS = [
  'save_profile',
  'set_goal',
  'get_targets',
  'log_food',
  'log_activity',
  'log_workout',
  'generate_meal_plan',
  'get_daily_summary',
  'get_weekly_summary',
  'get_progress',
  'get_diary',
  'get_planned_meals',
  'search_foods',
  'lookup_barcode',
  'memory_append',
  'memory_replace',
  'archival_insert',
  'archival_search',
  'recall_search',
  'schedule_checkins',
] as const;

/** A tool result as words a person reads ("Profile saved"), never the tool's internal name. */
export function toolWords(t: (key: string) => string, name: string, ok: boolean): string {
  if (!ok) return t('chat.toolFailed');
  return (TOOL_WORDS as readonly string[]).includes(name) ? t(`chat.tools.${name}`) : t('chat.toolDoneGeneric');
}

export interface ToolCard {
  id: string;
  name: string;
  ok: boolean;
}

/**
 * A conversation with the coach: history, a composer, and the reply streaming in token by
 * token. Tool results (a logged entry, a saved goal) are shown as cards under the reply.
 */
export function ChatView({
  conversationId,
  messages,
  onTurn,
  renderActions,
}: {
  conversationId: string;
  messages: Message[];
  onTurn?: (reply: TurnReply) => void;
  renderActions?: (message: Message) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [streaming, setStreaming] = useState<string | null>(null);
  const [cards, setCards] = useState<ToolCard[]>([]);
  const [error, setError] = useState(false);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length, streaming]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = text.trim();
    if (!body || streaming !== null) return;
    setText('');
    setSent(body);
    setStreaming('');
    setCards([]);
    setError(false);
    try {
      const reply = await sendMessageStreaming(conversationId, body, {
        onToken: (chunk) => setStreaming((s) => (s ?? '') + chunk),
        onReset: () => setStreaming(''),
        onToolResult: (r) => setCards((c) => [...c, { id: r.id, name: r.name, ok: r.ok }]),
      });
      onTurn?.(reply);
    } catch {
      setError(true);
      setText(body);
    } finally {
      setStreaming(null);
      setSent(null);
    }
  };

  // An assistant turn that only called tools has no words: it gets no bubble (and no 👍/👎).
  const visible = messages.filter((m) => m.role === 'user' || (m.role === 'assistant' && m.content.trim() !== ''));
  return (
    <div className="chat">
      <ol className="messages" aria-live="polite" aria-label={t('chat.messages')}>
        {visible.map((m) => (
          <li key={m.id} className={`bubble ${m.role}`}>
            <span className="visually-hidden">{m.role === 'user' ? t('chat.you') : t('chat.coach')}: </span>
            {m.role === 'assistant' ? <Markdown text={m.content} /> : m.content}
            {m.role === 'assistant' && renderActions?.(m)}
          </li>
        ))}
        {sent && <li className="bubble user">{sent}</li>}
        {streaming !== null && (
          <li className="bubble assistant" data-testid="streaming">
            {streaming ? <Markdown text={streaming} /> : <span className="typing">{t('chat.thinking')}</span>}
          </li>
        )}
        {cards.map((c) => (
          <li key={c.id} className={`tool-card ${c.ok ? 'ok' : 'bad'}`}>
            {toolWords(t, c.name, c.ok)}
          </li>
        ))}
      </ol>
      <div ref={end} />
      {error && (
        <p role="alert" className="bad">
          {t('chat.failed')}
        </p>
      )}
      <form className="composer row" onSubmit={(e) => void submit(e)}>
        <label htmlFor="chat-input" className="visually-hidden">
          {t('chat.placeholder')}
        </label>
        <input
          id="chat-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('chat.placeholder')}
          autoComplete="off"
          disabled={streaming !== null}
        />
        <button type="submit" className="btn primary" disabled={streaming !== null || text.trim() === ''}>
          {t('chat.send')}
        </button>
      </form>
    </div>
  );
}
