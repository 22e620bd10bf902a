import { type AppConfig, effectiveTelegramMode } from '@welness/platform/config';
import { Api } from 'grammy';
import { COMMANDS } from '../handlers/bot.texts';

export const WEBHOOK_PATH = '/api/v1/bots/telegram/webhook';
/** Only what the handlers act on; Telegram then never sends the rest. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

export interface SetupResult {
  mode: 'webhook' | 'polling';
  webhookUrl: string | null;
  bot: string;
}

/**
 * Points Telegram at this install: in webhook mode setWebhook (URL under PUBLIC_URL or the one
 * given, with the secret token Telegram will echo), in polling mode deleteWebhook; then the
 * command menus in English (default) and Spanish.
 */
export async function setupBot(config: AppConfig, webhookUrl?: string): Promise<SetupResult> {
  const mode = effectiveTelegramMode(config);
  if (mode === 'off' || !config.TELEGRAM_BOT_TOKEN) throw new Error('The Telegram bot is off: set TELEGRAM_BOT_TOKEN (and TELEGRAM_MODE).');
  const api = new Api(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT });
  const me = await api.getMe();
  let url: string | null = null;
  if (mode === 'webhook') {
    url = webhookUrl ?? `${config.PUBLIC_URL.replace(/\/$/, '')}${WEBHOOK_PATH}`;
    // Telegram itself refuses non-HTTPS URLs (400), which the caller then sees.
    await api.setWebhook(url, { secret_token: config.TELEGRAM_WEBHOOK_SECRET, allowed_updates: [...ALLOWED_UPDATES], max_connections: 40 });
  } else {
    await api.deleteWebhook({ drop_pending_updates: false });
  }
  await api.setMyCommands(COMMANDS.en);
  await api.setMyCommands(COMMANDS.es, { language_code: 'es' });
  return { mode, webhookUrl: url, bot: me.username };
}
