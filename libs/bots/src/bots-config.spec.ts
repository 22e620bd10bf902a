import { effectiveTelegramMode, loadConfig } from '@welness/platform/config';

const TOKEN = '123456789:AAtest-token-abcdefghijklmnop';

describe('Telegram configuration (validated at boot)', () => {
  it('is off without a token, webhook with one', () => {
    expect(effectiveTelegramMode(loadConfig({ NODE_ENV: 'test' }))).toBe('off');
    expect(
      effectiveTelegramMode(
        loadConfig({
          NODE_ENV: 'test',
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_WEBHOOK_SECRET: 'a-secret-of-16-chars',
        }),
      ),
    ).toBe('webhook');
    expect(
      effectiveTelegramMode(
        loadConfig({ NODE_ENV: 'test', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'polling' }),
      ),
    ).toBe('polling');
    expect(
      effectiveTelegramMode(
        loadConfig({ NODE_ENV: 'test', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'off' }),
      ),
    ).toBe('off');
  });

  it('refuses webhook mode without a secret, a mode without a token, and malformed values', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', TELEGRAM_BOT_TOKEN: TOKEN })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_MODE=webhook/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', TELEGRAM_MODE: 'polling' })).toThrow(
      /TELEGRAM_BOT_TOKEN is required/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'test', TELEGRAM_BOT_TOKEN: 'not-a-token', TELEGRAM_MODE: 'polling' }),
    ).toThrow(/TELEGRAM_BOT_TOKEN must be a BotFather token/);
    expect(() =>
      loadConfig({ NODE_ENV: 'test', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: 'short' }),
    ).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'test', TELEGRAM_MODE: 'sometimes' })).toThrow(/TELEGRAM_MODE/);
    expect(() => loadConfig({ NODE_ENV: 'test', TELEGRAM_API_ROOT: 'ftp://x' })).toThrow(/TELEGRAM_API_ROOT/);
  });
});
