import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getReferencesInExpression, parse } from '@cdktn/hcl2json';
import { configSchema, loadConfig } from '@welness/platform';

/*
 * The Terraform in infra/ is checked the way docker-compose.yml is (deployment-config.spec.ts):
 * the HCL is parsed (HashiCorp's own parser, compiled to wasm), every map that feeds a container's
 * `environment` or `secrets` is resolved back to its literal keys (locals, merge() arguments,
 * for_each sources, the allow-lists of the variables an operator fills), and the result is held
 * against the config schema. Terraform itself is not needed.
 */

const root = resolve(__dirname, '../../..');
const infra = join(root, 'infra');
const schemaKeys = new Set(Object.keys(configSchema.shape));

type Obj = Record<string, unknown>;
interface TfDir {
  locals: Obj;
  variables: Record<string, Obj>;
  modules: Record<string, Obj>;
  resources: Record<string, Record<string, Obj>>;
  data: Record<string, Record<string, Obj>>;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
const firstBlock = (v: unknown): Obj => (Array.isArray(v) && isObj(v[0]) ? v[0] : {});
const nested = (v: unknown): Record<string, Record<string, Obj>> =>
  Object.fromEntries(
    Object.entries(asObj(v)).map(([type, byName]) => [
      type,
      Object.fromEntries(Object.entries(asObj(byName)).map(([name, blocks]) => [name, firstBlock(blocks)])),
    ]),
  );

async function loadDir(dir: string): Promise<TfDir> {
  const tf: TfDir = { locals: {}, variables: {}, modules: {}, resources: {}, data: {} };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tf')).sort()) {
    const doc = await parse(file, readFileSync(join(dir, file), 'utf8'));
    for (const block of Array.isArray(doc.locals) ? doc.locals : []) Object.assign(tf.locals, asObj(block));
    for (const [name, blocks] of Object.entries(asObj(doc.variable))) tf.variables[name] = firstBlock(blocks);
    for (const [name, blocks] of Object.entries(asObj(doc.module))) tf.modules[name] = firstBlock(blocks);
    for (const [type, byName] of Object.entries(nested(doc.resource))) tf.resources[type] = { ...tf.resources[type], ...byName };
    for (const [type, byName] of Object.entries(nested(doc.data))) tf.data[type] = { ...tf.data[type], ...byName };
  }
  return tf;
}

async function refs(expr: string): Promise<string[]> {
  return (await getReferencesInExpression('expr.tf', expr)).map((r) => r.value);
}

/** The upper-case names a variable's validation allows (its only possible keys). */
function allowedNames(tf: TfDir, variable: string): string[] {
  const conditions = (Array.isArray(tf.variables[variable]?.validation) ? (tf.variables[variable].validation as unknown[]) : [])
    .map((v) => String(asObj(v).condition ?? ''))
    .join('\n');
  const names = [...conditions.matchAll(/"([A-Z][A-Z0-9_]+)"/g)].map((m) => m[1]);
  if (!names.length) throw new Error(`var.${variable} feeds a container but no validation says which names it may hold`);
  return names;
}

/**
 * The entries a map-valued expression yields, in merge() order (later sources win). A value is the
 * raw HCL of a literal map entry, or `var.<name>` / `<resource>` for keys an operator supplies.
 */
async function entriesOf(tf: TfDir, expr: unknown): Promise<Map<string, string>> {
  if (isObj(expr)) return new Map(Object.entries(expr).map(([k, v]) => [k, String(v)]));
  if (typeof expr !== 'string' || !expr.includes('${')) throw new Error(`not a map expression: ${JSON.stringify(expr)}`);
  const out = new Map<string, string>();
  for (const ref of await refs(expr)) {
    const [kind, name] = ref.split('.');
    if (kind === 'local') {
      for (const [k, v] of await entriesOf(tf, tf.locals[name])) out.set(k, v);
    } else if (kind === 'var') {
      for (const k of allowedNames(tf, name)) out.set(k, ref);
    } else if (tf.resources[kind]?.[name]?.for_each !== undefined) {
      for (const k of (await entriesOf(tf, tf.resources[kind][name].for_each)).keys()) out.set(k, `${kind}.${name}`);
    } else {
      throw new Error(`cannot tell which names ${ref} yields in ${expr}`);
    }
  }
  return out;
}

const SECRET_SETTINGS = ['JWT_SECRET', 'ENCRYPTION_LOCAL_KEY', 'DATABASE_URL', 'REDIS_URL', 'MONGO_URL', 'SMTP_URL', 'AGENT_LLM_API_KEY', 'AGENT_LLM_API_KEYS', 'OIDC_PROVIDERS'];
const SERVICES = ['api', 'worker', 'migrate'] as const;

let tf: TfDir;
let dataModule: TfDir;
let tfvars: Obj;
const env: Record<string, Map<string, string>> = {};
const secrets: Record<string, Map<string, string>> = {};

beforeAll(async () => {
  tf = await loadDir(infra);
  dataModule = await loadDir(join(infra, 'modules/data'));
  tfvars = await parse('terraform.tfvars.example', readFileSync(join(infra, 'terraform.tfvars.example'), 'utf8'));
  for (const service of SERVICES) {
    expect(tf.modules[service], `module "${service}"`).toBeDefined();
    env[service] = await entriesOf(tf, tf.modules[service].environment);
    secrets[service] = await entriesOf(tf, tf.modules[service].secrets);
  }
});

describe('Terraform (infra/) passes the app only settings the config schema knows', () => {
  for (const service of SERVICES) {
    it(`${service}: every environment and secret name is a config schema key`, () => {
      const names = [...env[service].keys(), ...secrets[service].keys()];
      expect(env[service].size).toBeGreaterThan(5);
      expect(names.filter((n) => !schemaKeys.has(n))).toEqual([]);
    });

    it(`${service}: runs in production, with JWT_SECRET from Secrets Manager and KMS envelope encryption`, () => {
      expect(env[service].get('NODE_ENV')).toBe('production');
      expect(env[service].get('ENCRYPTION_PROVIDER')).toBe('kms');
      expect(env[service].get('KMS_KEY_ID')).toMatch(/^\$\{aws_kms_key\.\w+\.arn\}$/);
      expect(secrets[service].has('JWT_SECRET')).toBe(true);
      expect(secrets[service].has('ENCRYPTION_LOCAL_KEY')).toBe(false);
    });

    it(`${service}: no secret-bearing setting travels as plain environment`, () => {
      expect(SECRET_SETTINGS.filter((n) => env[service].has(n))).toEqual([]);
      expect([...env[service].keys()].filter((n) => secrets[service].has(n))).toEqual([]);
      // Each secret is a Secrets Manager ARN: a secret resource, a module's *_secret_arn, or an operator's ARN.
      for (const [name, source] of secrets[service]) expect(source, name).toMatch(/secret/);
    });
  }

  it('the ecs-service module renders exactly the environment and secrets it is given', async () => {
    const svc = await loadDir(join(infra, 'modules/ecs-service'));
    const main = asObj(svc.locals.main_container_all);
    expect(main.environment).toBe('${[for k, v in var.environment : { name = k, value = v }]}');
    expect(main.secrets).toBe('${[for k, arn in var.secrets : { name = k, valueFrom = arn }]}');
    // The CA-bundle init container gets neither.
    expect(String(svc.locals.ca_container)).not.toMatch(/environment|secrets/);
    const definitions = String(svc.resources.aws_ecs_task_definition.this.container_definitions);
    expect(definitions).toBe('${jsonencode(local.container_definitions)}');
  });

  it('api and worker run apart and leave migrations to the migration task', () => {
    for (const service of ['api', 'worker']) {
      expect(env[service].get('WORKER_MODE')).toBe('separate');
      expect(env[service].get('DB_MIGRATE_ON_START')).toBe('false');
      for (const name of ['DATABASE_URL', 'REDIS_URL', 'MONGO_URL']) expect(secrets[service].has(name), name).toBe(true);
    }
    expect(tf.modules.migrate.command).toEqual(['node', 'dist/apps/api/src/migrate.cli.js']);
    expect(existsSync(join(root, 'apps/api/src/migrate.cli.ts'))).toBe(true);
    expect(String(tf.modules.migrate.image)).toContain('var.api_image_repository');
    expect(tf.modules.migrate.create_service).toBe(false);
  });

  it('api and worker finish draining before ECS kills them', () => {
    for (const service of ['api', 'worker']) {
      expect(String(tf.modules[service].stop_timeout_seconds)).toBe(`\${local.${service}_stop_timeout_seconds}`);
      expect(env[service].get('SHUTDOWN_TIMEOUT_MS')).toBe(`\${tostring(local.${service}_shutdown_timeout_ms)}`);
      const stopMs = Number(tf.locals[`${service}_stop_timeout_seconds`]) * 1000;
      const drainMs = Number(tf.locals[`${service}_shutdown_timeout_ms`]);
      expect(drainMs).toBeGreaterThan(0);
      expect(drainMs).toBeLessThan(stopMs);
      expect(stopMs).toBeLessThanOrEqual(120_000); // Fargate's ceiling
    }
  });

  it('only the api/worker task role may use the envelope key, and only for GenerateDataKey/Decrypt', async () => {
    const keyRef = /^\$\{aws_kms_key\.(\w+)\.arn\}$/.exec(env.api.get('KMS_KEY_ID') ?? '')?.[1] ?? '';
    expect(tf.resources.aws_kms_key[keyRef]?.enable_key_rotation).toBe(true);
    const users = Object.entries(tf.data.aws_iam_policy_document ?? {}).filter(([, doc]) =>
      JSON.stringify(doc).includes(`aws_kms_key.${keyRef}.arn`),
    );
    expect(users.map(([name]) => name)).toEqual(['app_task']);
    const statements = (users[0][1].statement as Obj[]).filter((s) => JSON.stringify(s).includes(`aws_kms_key.${keyRef}.arn`));
    expect(statements.map((s) => s.actions)).toEqual([['kms:GenerateDataKey', 'kms:Decrypt']]);
    expect(String(tf.modules.api.task_role_arn)).toBe('${aws_iam_role.app_task.arn}');
    expect(String(tf.modules.worker.task_role_arn)).toBe('${aws_iam_role.app_task.arn}');
    expect(String(tf.resources.aws_iam_role_policy.app_task.policy)).toBe('${data.aws_iam_policy_document.app_task.json}');
  });
});

describe('Terraform settings boot the app in production', () => {
  const region = (): string => String(tfvars.aws_region);

  /** Sample value of one environment entry, as `terraform apply` with the example tfvars would set it. */
  async function sample(raw: string): Promise<string> {
    if (!raw.includes('${')) return raw;
    const m = /^\$\{(?:tostring\()?([\w.]+)\)?\}$/.exec(raw);
    if (!m) throw new Error(`no sample for ${raw}`);
    const [kind, name] = m[1].split('.');
    if (kind === 'var') return String(tfvars[name] ?? asObj(tf.variables[name]).default);
    if (kind === 'local') return sample(String(tf.locals[name]));
    if (m[1] === 'data.aws_region.current.name') return region();
    if (kind === 'aws_kms_key') return `arn:aws:kms:${region()}:123456789012:key/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`;
    throw new Error(`no sample for ${raw}`);
  }

  const caPath = (): string => `${String(tf.locals.ca_bundle_dir)}/${String(tf.locals.ca_bundle_file)}`;

  /** Fills a data-module URL (a format() local) the way Terraform will. */
  async function storeUrl(local: string): Promise<string> {
    const expr = String(dataModule.locals[local]);
    const template = /format\(\s*"((?:[^"\\]|\\.)*)"/.exec(expr)?.[1];
    if (!template) throw new Error(`${local} is not a format() string`);
    const args: string[] = [];
    for (const ref of await refs(expr)) {
      const [kind, name] = ref.split('.');
      if (ref === 'var.create_documentdb') continue;
      if (ref === 'var.ca_file_path') args.push(caPath());
      else if (kind === 'var') args.push(String(asObj(dataModule.variables[name]).default));
      else if (kind === 'random_password') args.push('R'.repeat(Number(dataModule.resources.random_password[name].length)));
      else if (/\.(address|endpoint|primary_endpoint_address)$/.test(ref)) args.push(`${name}.internal.${region()}.amazonaws.com`);
      else if (ref.endsWith('.port')) args.push('4321');
      else throw new Error(`no sample for ${ref}`);
    }
    let i = 0;
    return template.replace(/%[sd]/g, () => args[i++]);
  }

  it('the CA bundle the containers get is the one the store URLs verify against', () => {
    expect(String(tf.modules.data.ca_file_path)).toBe('${local.ca_file_path}');
    expect(String(tf.locals.ca_file_path)).toContain('${local.ca_bundle_dir}/${local.ca_bundle_file}');
    expect(String(tf.modules.api.ca_bundle)).toBe('${local.ca_bundle}');
    expect(String(tf.modules.worker.ca_bundle)).toBe('${local.ca_bundle}');
  });

  it('the store URLs verify TLS: PostgreSQL verify-full, Redis rediss with an AUTH token, DocumentDB tls without retryable writes', async () => {
    const pg = new URL(await storeUrl('database_url'));
    expect(pg.protocol).toBe('postgres:');
    expect(pg.searchParams.get('sslmode')).toBe('verify-full');
    expect(pg.searchParams.get('sslrootcert')).toBe(caPath());
    const redis = new URL(await storeUrl('redis_url'));
    expect(redis.protocol).toBe('rediss:');
    expect(redis.password.length).toBeGreaterThanOrEqual(16);
    const mongo = new URL(await storeUrl('mongo_url'));
    expect(mongo.protocol).toBe('mongodb:');
    expect(mongo.searchParams.get('tls')).toBe('true');
    expect(mongo.searchParams.get('retryWrites')).toBe('false');
    expect(mongo.searchParams.get('tlsCAFile')).toBe(caPath());
  });

  for (const service of SERVICES) {
    it(`${service}: the environment Terraform renders (example tfvars) passes config validation`, async () => {
      const rendered: Record<string, string> = {};
      if (service !== 'migrate') Object.assign(rendered, asObj(tfvars.app_settings));
      for (const [name, raw] of env[service]) if (!raw.startsWith('var.')) rendered[name] = await sample(raw);
      const jwt = 'J'.repeat(Number(tf.resources.random_password.jwt_secret.length));
      const secretValues: Record<string, string> = {
        JWT_SECRET: jwt,
        DATABASE_URL: await storeUrl('database_url'),
        REDIS_URL: await storeUrl('redis_url'),
        MONGO_URL: await storeUrl('mongo_url'),
      };
      for (const name of secrets[service].keys()) if (secretValues[name]) rendered[name] = secretValues[name];
      const config = loadConfig(rendered);
      expect(config.NODE_ENV).toBe('production');
      expect(config.ENCRYPTION_PROVIDER).toBe('kms');
      expect(config.KMS_KEY_ID).toMatch(/^arn:aws:kms:/);
      expect(config.JWT_SECRET).toBe(jwt);
      expect(config.DATABASE_URL).toContain('sslmode=verify-full');
    });
  }
});

describe('Terraform matches the images', () => {
  const exposed = (dockerfile: string): number[] =>
    [...readFileSync(join(root, 'docker', dockerfile), 'utf8').matchAll(/^EXPOSE (\d+)/gm)].map((m) => Number(m[1]));

  it('ports and health checks are the ones the Dockerfiles and the app serve', async () => {
    expect(exposed('api.Dockerfile')).toEqual([Number(tf.locals.api_port)]);
    expect(exposed('web.Dockerfile')).toEqual([Number(tf.locals.web_port)]);
    expect(exposed('worker.Dockerfile')).toEqual([Number(tf.locals.worker_metrics)]);
    expect(JSON.stringify(tf.locals.api_health_check)).toContain('/health/live');
    expect(tf.modules.worker.health_check_command).toEqual(['CMD', 'node', 'dist/apps/worker/src/healthcheck.js']);
    expect(existsSync(join(root, 'apps/worker/src/healthcheck.ts'))).toBe(true);
    const alb = await loadDir(join(infra, 'modules/alb'));
    expect(alb.variables.api_health_check_path.default).toBe('/health/ready');
    expect(alb.variables.api_path_patterns.default).toEqual(['/api/*', '/health/*']);
    expect(alb.variables.web_health_check_path.default).toBe('/nginx-health');
    expect(readFileSync(join(root, 'docker/nginx/default.conf'), 'utf8')).toContain('location = /nginx-health');
  });

  it('every Terraform variable, root and module, is described', async () => {
    const dirs = [infra, ...readdirSync(join(infra, 'modules')).map((m) => join(infra, 'modules', m))];
    const undocumented: string[] = [];
    for (const dir of dirs) {
      for (const [name, v] of Object.entries((await loadDir(dir)).variables)) {
        if (String(v.description ?? '').length < 10) undocumented.push(`${dir.slice(infra.length) || '/'}: ${name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
