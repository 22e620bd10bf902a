import type { TurnSink } from '@welness/agents';
import type { Api, InlineKeyboard } from 'grammy';

const MAX_TEXT = 4096;
const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/**
 * Streams a coach reply into one Telegram message: the first text is sent, later text edits
 * that message, at most once per `intervalMs` (the outbound throttle spaces them further).
 */
export class TelegramStreamSink implements TurnSink {
  private text = '';
  private shown = '';
  private messageId: number | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly api: Api,
    private readonly chatId: number | string,
    intervalMs = 1000,
  ) {
    this.timer = setInterval(() => this.flush(), intervalMs);
  }

  token(text: string): void {
    this.text += text;
  }

  toolCall(): void {}

  toolResult(): void {}

  reset(): void {
    this.text = '';
  }

  private flush(): void {
    this.chain = this.chain.then(async () => {
      const text = clip(this.text.trim());
      if (!text || text === this.shown) return;
      if (this.messageId === null) this.messageId = (await this.api.sendMessage(this.chatId, text)).message_id;
      else await this.api.editMessageText(this.chatId, this.messageId, text);
      this.shown = text;
    });
    this.chain.catch(() => undefined);
  }

  /** Sends or edits to the final reply (with buttons when the coach awaits a confirmation). */
  async finish(finalText: string, keyboard?: InlineKeyboard): Promise<void> {
    clearInterval(this.timer);
    await this.chain.catch(() => undefined);
    const text = clip(finalText.trim());
    const extra = keyboard ? { reply_markup: keyboard } : {};
    if (this.messageId === null) await this.api.sendMessage(this.chatId, text, extra);
    else if (text !== this.shown || keyboard) await this.api.editMessageText(this.chatId, this.messageId, text, extra);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
