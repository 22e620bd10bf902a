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

/** For entry points: print one line and exit non-zero, never a stack trace. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}
