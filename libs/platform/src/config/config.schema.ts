import { isIP } from 'node:net';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol.replace(':', ''));
      } catch {
        return false;
      }
    },
    { message: `must be a URL with scheme ${protocols.join(' or ')}` },
  );

/** A comma-separated setting as a list: items trimmed, empty ones dropped. */
const commaList = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

// Identity/auth settings. The secrets' defaults are published in this file, so they are accepted
// only with NODE_ENV=test (see refusePublishedSecrets); `npm start` generates random ones into
// .local/secrets.env (scripts/local-secrets.sh) when none is configured.
export const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789abcdef';
export const DEV_ENCRYPTION_KEY = 'ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM='; // "dev-only-encryption-key-32-bytes"

const base64Key32 = (v: string) => Buffer.from(v, 'base64').length === 32;

/** A comma-separated list of IPv4/IPv6 addresses or CIDR blocks. */
const cidrList = commaList.superRefine((items, ctx) => {
  for (const item of items) {
    const [addr, bits, extra] = item.split('/');
    const family = isIP(addr);
    const max = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (!family || !bitsOk || extra !== undefined) {
      ctx.addIssue({ code: 'custom', message: `must list IP addresses or CIDR blocks; "${item}" is neither` });
    }
  }
});

const oidcProvider = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,30}$/, 'provider name must be lowercase letters, digits or dashes'),
  issuer: z.string().url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scopes: z.string().default('openid email profile'),
});

const identityConfig = {
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // OWASP's argon2id baseline (19 MiB, t=2, p=1); raise on bigger boxes.
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).max(1_048_576).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).max(10).default(2),
  ARGON2_PARALLELISM: z.coerce.number().int().min(1).max(16).default(1),
  ENCRYPTION_PROVIDER: z.enum(['local', 'kms']).default('local'),
  ENCRYPTION_LOCAL_KEY: z
    .string()
    .refine(base64Key32, { message: 'must be 32 bytes, base64-encoded' })
    .default(DEV_ENCRYPTION_KEY),
  /** Former local master keys, accepted for decryption only, while `npm run secrets:rotate-encryption` re-wraps data. */
  ENCRYPTION_PREVIOUS_KEYS: commaList
    .refine((keys) => keys.every(base64Key32), { message: 'must be a comma-separated list of 32-byte base64 keys' }),
  KMS_KEY_ID: z.string().optional(),
  AWS_REGION: z.string().optional(),
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  MAIL_FROM: z.string().default('Welness AI <no-reply@localhost>'),
  OIDC_PROVIDERS: z
    .string()
    .default('[]')
    .transform((v, ctx) => {
      try {
        return z.array(oidcProvider).parse(JSON.parse(v));
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: `must be a JSON array of {name, issuer, clientId, clientSecret, scopes}: ${(err as Error).message.slice(0, 200)}` });
        return z.NEVER;
      }
    }),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_BASE_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(100),
  /** Proxies whose X-Forwarded-For is believed (client IP for throttling and logs); none by default. */
  TRUSTED_PROXIES: cidrList,
  // The first admins of an install: these accounts get the admin role when they register and at
  // every boot, so a fresh install needs no SQL to reach the admin console.
  ADMIN_EMAILS: commaList
    .transform((emails) => emails.map((e) => e.toLowerCase()))
    .superRefine((emails, ctx) => {
      for (const email of emails) {
        if (!z.email().safeParse(email).success) ctx.addIssue({ code: 'custom', message: `"${email}" is not an e-mail address` });
      }
    }),
};

function refusePublishedSecrets(
  cfg: { NODE_ENV: string; JWT_SECRET: string; ENCRYPTION_LOCAL_KEY: string; ENCRYPTION_PROVIDER: string; KMS_KEY_ID?: string },
  ctx: z.RefinementCtx,
): void {
  if (cfg.ENCRYPTION_PROVIDER === 'kms' && !cfg.KMS_KEY_ID) {
    ctx.addIssue({ code: 'custom', path: ['KMS_KEY_ID'], message: 'is required when ENCRYPTION_PROVIDER=kms' });
  }
  // The defaults are in this public repository: anyone could mint tokens or open encrypted
  // fields of an install running with them, whatever its NODE_ENV. Only tests may use them.
  if (cfg.NODE_ENV === 'test') return;
  const fix =
    cfg.NODE_ENV === 'production'
      ? 'set a random secret'
      : 'run `npm start` (it generates .local/secrets.env) or set a random secret';
  if (cfg.JWT_SECRET === DEV_JWT_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: `is the published development default (or unset); ${fix}, e.g. \`openssl rand -base64 48\`` });
  }
  if (cfg.ENCRYPTION_PROVIDER === 'local' && cfg.ENCRYPTION_LOCAL_KEY === DEV_ENCRYPTION_KEY) {
    ctx.addIssue({ code: 'custom', path: ['ENCRYPTION_LOCAL_KEY'], message: `is the published development default (or unset); ${fix}, e.g. \`openssl rand -base64 32\`, or use ENCRYPTION_PROVIDER=kms` });
  }
}

/** Food facts (Open Food Facts catalogue): cache, live fallback, import. */
const factsConfig = {
  FACTS_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(7 * 24 * 3600).default(3600),
  FACTS_NEGATIVE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(24 * 3600).default(300),
  FACTS_MEMORY_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(5000),
  FACTS_MEMORY_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  FACTS_SEARCH_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(24 * 3600).default(300),
  FACTS_OFF_FALLBACK: bool.default(false),
  FACTS_OFF_BASE_URL: url(['http', 'https']).default('https://world.openfoodfacts.org'),
  FACTS_OFF_USER_AGENT: z.string().min(5).max(200).default('WelnessAI/0.1 (self-hosted; contact: admin@localhost)'),
  FACTS_OFF_READS_PER_MINUTE: z.coerce.number().int().min(1).max(100).default(15),
  FACTS_OFF_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  FACTS_IMPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  FACTS_IMPORT_THREADS: z.coerce.number().int().min(0).max(16).default(2),
  // A compact sample of real OFF products (ODbL) imported when the catalogue is empty at boot,
  // so a new install answers barcodes at once; the full dump is an admin import away.
  FACTS_SEED_SAMPLE: bool.default(true),
  FACTS_SEED_FILE: z.string().min(1).default('data/off-sample/products.jsonl.gz'),
};

/** Telegram bot: off unless a token is set; webhook in production, long polling for local runs. */
const telegramConfig = {
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d{3,15}:[A-Za-z0-9_-]{20,}$/, 'must be a BotFather token like 123456789:AA…')
    .optional(),
  TELEGRAM_MODE: z.enum(['webhook', 'polling', 'off']).optional(),
  // Telegram allows 1-256 characters A-Z, a-z, 0-9, _ and -.
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16-256 characters of A-Z, a-z, 0-9, _ or -')
    .optional(),
  TELEGRAM_API_ROOT: url(['http', 'https']).default('https://api.telegram.org'),
};

type TelegramSettings = { TELEGRAM_BOT_TOKEN?: string; TELEGRAM_MODE?: 'webhook' | 'polling' | 'off'; TELEGRAM_WEBHOOK_SECRET?: string };

/** The mode that runs: TELEGRAM_MODE, else webhook when a token is set, else off. */
export function effectiveTelegramMode(cfg: TelegramSettings): 'webhook' | 'polling' | 'off' {
  return cfg.TELEGRAM_MODE ?? (cfg.TELEGRAM_BOT_TOKEN ? 'webhook' : 'off');
}

function telegramMode(cfg: TelegramSettings, ctx: z.RefinementCtx): void {
  const mode = effectiveTelegramMode(cfg);
  if (mode !== 'off' && !cfg.TELEGRAM_BOT_TOKEN) {
    ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: `is required when TELEGRAM_MODE=${mode}` });
  }
  if (mode === 'webhook' && !cfg.TELEGRAM_WEBHOOK_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'is required when TELEGRAM_MODE=webhook (openssl rand -hex 32)' });
  }
}

/**
 * Every environment variable the platform reads. `.env.example`, docker-compose.yml and the
 * README table are checked against this object by tests, so it is the single source of truth.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  WORKER_MODE: z.enum(['inline', 'separate']).default('inline'),
  PUBLIC_URL: url(['http', 'https']).default('http://localhost:3000'),
  DATABASE_URL: url(['postgres', 'postgresql']).default('postgres://postgres@127.0.0.1:5432/welness'),
  DB_MIGRATE_ON_START: bool.default(true),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MONGO_URL: url(['mongodb', 'mongodb+srv']).default('mongodb://127.0.0.1:27017/'),
  MONGO_DB: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'must be a plain database name').default('welness'),
  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379/0'),
  REDIS_KEY_PREFIX: z.string().max(40).default('welness:'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.default(false),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),
  HEALTH_CHECK_TIMEOUT_MS: z.coerce.number().int().min(50).max(10000).default(1000),
  // Worker autoscaling on AWS: the worker puts its queues' waiting-job counts into CloudWatch.
  QUEUE_DEPTH_CLOUDWATCH_NAMESPACE: z
    .string()
    .regex(/^$|^[A-Za-z0-9_./#:-]{1,255}$/, 'must be a CloudWatch namespace (letters, digits, . _ / # : -)')
    .default(''),
  WEB_DIST_DIR: z.string().default('dist/web'),
  CORS_ORIGINS: commaList,
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  // Slow-body (slow-loris) defence: a body must arrive within this time, plus a second for each
  // BODY_MIN_BYTES_PER_SECOND bytes received; past it the answer is 408 and the connection closes.
  BODY_READ_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  BODY_MIN_BYTES_PER_SECOND: z.coerce.number().int().min(1).max(100_000_000).default(500),
  // Uploaded import files (activity CSV, Apple Health export.xml); shared by api and worker.
  IMPORTS_DIR: z.string().min(1).default('/tmp/welness-imports'),
  ACTIVITY_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024 * 1024),
  // Agent coach: an OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp). Empty = offline coach.
  AGENT_LLM_BASE_URL: z.union([z.literal(''), url(['http', 'https'])]).default(''),
  AGENT_LLM_MODEL: z.string().max(200).default('gpt-4o-mini'),
  AGENT_LLM_API_KEY: z.string().default(''),
  /** Extra keys an agent config may reference by name: "ref=key,ref2=key2". */
  AGENT_LLM_API_KEYS: z.string().default(''),
  AGENT_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  AGENT_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** After the model stayed down, turns go straight to the offline coach for this long. */
  AGENT_LLM_COOLDOWN_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  AGENT_CONTEXT_TOKENS: z.coerce.number().int().min(500).max(200_000).default(6000),
  /** Chat turns commit without waiting for the WAL flush (atomic still; a database crash may lose the last turns). */
  AGENT_ASYNC_COMMIT: bool.default(false),
  ...identityConfig,
  ...factsConfig,
  ...telegramConfig,
})
  .superRefine(refusePublishedSecrets)
  .superRefine(telegramMode);

export type AppConfig = z.infer<typeof configSchema>;
export type ConfigKey = keyof AppConfig;
