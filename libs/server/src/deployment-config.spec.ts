import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { configSchema, loadConfig } from '@welness/platform';

const root = resolve(__dirname, '../../..');
const schemaKeys = Object.keys(configSchema.shape).sort();

type ComposeService = { environment?: Record<string, string | number> };
const compose = parse(readFileSync(resolve(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };

/** Resolves ${VAR:-default} and ${VAR:?msg} as compose would with an .env holding `given`. */
function interpolate(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, op?: string, arg?: string) => {
    if (given[name] !== undefined) return given[name];
    if (op === '-') return arg ?? '';
    if (op === '?') throw new Error(`compose requires ${name}: ${arg}`);
    return '';
  });
}

const secrets = { JWT_SECRET: 'x'.repeat(48), ENCRYPTION_LOCAL_KEY: Buffer.alloc(32, 7).toString('base64') };

describe('deployment configuration matches the config schema', () => {
  for (const service of ['api', 'worker']) {
    const env = Object.fromEntries(
      Object.entries(compose.services[service].environment ?? {}).map(([k, v]) => [k, interpolate(String(v), secrets)]),
    );

    it(`${service}: passes only variables the schema knows`, () => {
      const unknown = Object.keys(env).filter((k) => !schemaKeys.includes(k) && k !== 'METRICS_PORT');
      expect(unknown).toEqual([]);
    });

    it(`${service}: its environment boots in production mode`, () => {
      const config = loadConfig(env);
      expect(config.NODE_ENV).toBe('production');
      expect(config.DATABASE_URL).toContain('@postgres:5432/');
      expect(config.MONGO_URL).toContain('mongo:27017');
      expect(config.REDIS_URL).toContain('redis:6379');
    });

    it(`${service}: refuses to start without the secrets .env must provide`, () => {
      expect(() =>
        Object.values(compose.services[service].environment ?? {}).forEach((v) => interpolate(String(v), {})),
      ).toThrow(/JWT_SECRET/);
    });
  }

  it('.env.example documents every variable of the schema, each with a comment', () => {
    const lines = readFileSync(resolve(root, '.env.example'), 'utf8').split('\n');
    const documented = lines.map((l) => /^#?\s*([A-Z][A-Z0-9_]+)=/.exec(l)?.[1]).filter(Boolean) as string[];
    expect(schemaKeys.filter((k) => !documented.includes(k))).toEqual([]);
    for (const key of schemaKeys) {
      const i = lines.findIndex((l) => new RegExp(`^#?\\s*${key}=`).test(l));
      expect(lines[i - 1] ?? '', `comment above ${key}`).toMatch(/^#/);
    }
  });

  it('the README configuration table lists every variable', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    expect(schemaKeys.filter((k) => !readme.includes(`\`${k}\``))).toEqual([]);
  });
});
