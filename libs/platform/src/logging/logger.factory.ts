import pino, { Logger } from 'pino';
import { AppConfig } from '../config/config.schema';

/**
 * Paths scrubbed from every log line. Health free text (notes, conditions, messages) and
 * credentials must never reach a log store, whatever object they arrive in.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.apiKey',
  '*.totp',
  '*.code',
  '*.note',
  '*.notes',
  '*.content',
  '*.message.content',
  '*.healthConditions',
  '*.medications',
];

export function createLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_PRETTY' | 'NODE_ENV'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: 'welness' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    transport: config.LOG_PRETTY ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
  });
}
