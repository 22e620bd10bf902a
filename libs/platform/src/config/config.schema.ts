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
  WEB_DIST_DIR: z.string().default('dist/web'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
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
});

export type AppConfig = z.infer<typeof configSchema>;
export type ConfigKey = keyof AppConfig;
