import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZodError } from 'zod';
import { AppConfig, configSchema } from './config.schema';

export class ConfigError extends Error {}

/** Parses the environment once; the first problem is reported naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) throw new ConfigError(describe(result.error));
  return result.data;
}

function describe(error: ZodError): string {
  const issue = error.issues[0];
  const name = issue.path.join('.') || 'environment';
  return `Invalid configuration: ${name} ${issue.message}`;
}

/** Where `npm start` keeps the secrets it generated for this install (scripts/local-secrets.sh). */
export const LOCAL_SECRETS_FILE = '.local/secrets.env';
const LOCAL_SECRET_KEYS = ['JWT_SECRET', 'ENCRYPTION_LOCAL_KEY', 'ENCRYPTION_PREVIOUS_KEYS'];

/**
 * The environment plus this install's generated secrets (`.local/secrets.env` in the working
 * directory) for the ones it does not set, so the CLIs (`npm run db:migrate`, `facts:import`,
 * a separately started worker) use the same secrets as `npm start`. Outside a local install
 * (containers, NODE_ENV=test) there is no such file, or it is not read.
 */
export function withLocalSecrets(
  env: Record<string, string | undefined>,
  file = resolve(LOCAL_SECRETS_FILE),
): Record<string, string | undefined> {
  if (env.NODE_ENV === 'test' || env.NODE_ENV === 'production' || !existsSync(file)) return env;
  const merged = { ...env };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Z_]+)=(.*)$/.exec(line);
    if (m && LOCAL_SECRET_KEYS.includes(m[1]) && !merged[m[1]]) merged[m[1]] = m[2].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return merged;
}

/** For entry points: print one line and exit non-zero, never a stack trace. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return loadConfig(withLocalSecrets(env));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}
