import { loadConfig } from '@welness/platform/config';
import { FakeTelegramServer, startFakeTelegram } from '@welness/testing';
import { setupBot } from './bots-setup';

describe('npm run bots:setup', () => {
  let tg: FakeTelegramServer;
  beforeAll(async () => (tg = await startFakeTelegram()));
  afterAll(() => tg.close());
  beforeEach(() => tg.reset());

  it('sets the webhook with the secret token and the command menus in en and es', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      PUBLIC_URL: 'https://coach.example.org/',
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_WEBHOOK_SECRET: 'setup-secret-0123456789',
      TELEGRAM_API_ROOT: tg.url,
    });
    const result = await setupBot(config);
    expect(result).toEqual({
      mode: 'webhook',
      webhookUrl: 'https://coach.example.org/api/v1/bots/telegram/webhook',
      bot: tg.botUsername,
    });
    expect(tg.calls.map((c) => c.method)).toEqual(['getMe', 'setWebhook', 'setMyCommands', 'setMyCommands']);
    expect(tg.calls[1].payload).toMatchObject({
      url: 'https://coach.example.org/api/v1/bots/telegram/webhook',
      secret_token: 'setup-secret-0123456789',
      allowed_updates: ['message', 'callback_query', 'my_chat_member'],
    });
    const [en, es] = [tg.calls[2].payload, tg.calls[3].payload] as {
      commands: { command: string }[];
      language_code?: string;
    }[];
    expect(en.language_code).toBeUndefined();
    expect(es.language_code).toBe('es');
    expect(en.commands.map((c) => c.command)).toEqual(es.commands.map((c) => c.command));
    expect(en.commands.map((c) => c.command)).toEqual([
      'today',
      'log',
      'plan',
      'water',
      'weight',
      'goal',
      'language',
      'help',
      'stop',
    ]);
  });

  it('removes the webhook in polling mode, and refuses when the bot is off', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_MODE: 'polling',
      TELEGRAM_API_ROOT: tg.url,
    });
    expect((await setupBot(config)).mode).toBe('polling');
    expect(tg.calls.map((c) => c.method)).toEqual([
      'getMe',
      'deleteWebhook',
      'setMyCommands',
      'setMyCommands',
    ]);
    await expect(setupBot(loadConfig({ NODE_ENV: 'test' }))).rejects.toThrow(/bot is off/);
  });
});
