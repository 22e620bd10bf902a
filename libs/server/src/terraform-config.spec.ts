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
    if (!/^\$\{[^}]*\}$/.test(raw)) {
      // A template such as "Welness/${local.name}": fill each interpolation in turn.
      let out = raw;
      for (const part of raw.match(/\$\{[^}]*\}/g) ?? []) out = out.replace(part, await sample(part));
      return out;
    }
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

describe('Terraform wires every setting the app needs', () => {
  // Settings that have no place on AWS, and why.
  const NOT_ON_AWS: Record<string, string> = {
    LOG_PRETTY: 'development only: CloudWatch wants JSON lines',
    WEB_DIST_DIR: 'the web image (nginx) serves the SPA, not the api',
    ENCRYPTION_LOCAL_KEY: 'production on AWS uses KMS (ENCRYPTION_PROVIDER=kms)',
    TELEGRAM_API_ROOT: 'tests point it at a fake Bot API; production uses the default',
    FACTS_SEED_FILE: 'a path inside the image, fixed by the Dockerfile',
  };

  it('every config schema key is managed, a secret, an allowed app setting, or listed as not for AWS', () => {
    const reachable = new Set<string>();
    for (const service of ['api', 'worker']) for (const k of [...env[service].keys(), ...secrets[service].keys()]) reachable.add(k);
    const unaccounted = [...schemaKeys].filter((k) => !reachable.has(k) && !(k in NOT_ON_AWS)).sort();
    expect(unaccounted).toEqual([]);
    expect(Object.keys(NOT_ON_AWS).filter((k) => !schemaKeys.has(k))).toEqual([]);
  });

  it('every required setting (a secret, or a default that only works on a laptop) is set by Terraform itself', () => {
    const defaults = loadConfig({ NODE_ENV: 'test' }) as unknown as Record<string, unknown>;
    const loopbackUrls = [...schemaKeys].filter((k) => {
      const v = defaults[k];
      return typeof v === 'string' && /^[a-z]+:\/\/(?:[^@/]*@)?(?:127\.0\.0\.1|localhost)\b/.test(v);
    });
    expect(loopbackUrls.sort()).toEqual(['DATABASE_URL', 'MONGO_URL', 'PUBLIC_URL', 'REDIS_URL']);
    const required = [...loopbackUrls, 'JWT_SECRET', 'ENCRYPTION_PROVIDER', 'KMS_KEY_ID', 'NODE_ENV'];
    for (const service of ['api', 'worker']) {
      const managed = (k: string) => (env[service].has(k) && !String(env[service].get(k)).startsWith('var.app_settings')) || secrets[service].has(k);
      expect(required.filter((k) => !managed(k)), service).toEqual([]);
    }
    // Defaults naming localhost that are not URLs (a contact address) must at least be settable.
    const contacts = [...schemaKeys].filter((k) => typeof defaults[k] === 'string' && /localhost/.test(String(defaults[k])) && !loopbackUrls.includes(k));
    for (const k of contacts) expect(env.api.has(k), k).toBe(true);
  });
});

describe('Terraform security and resilience rules', () => {
  let dirs: Record<string, TfDir>;
  beforeAll(async () => {
    dirs = { '': tf };
    for (const m of readdirSync(join(infra, 'modules'))) dirs[`modules/${m}`] = await loadDir(join(infra, 'modules', m));
  });
  const all = <T>(fn: (dir: string, t: TfDir) => T[]): T[] => Object.entries(dirs).flatMap(([d, t]) => fn(d, t));

  it('the ALB health check is the app readiness route', () => {
    const controller = readFileSync(join(root, 'libs/platform/src/health/health.controller.ts'), 'utf8');
    const base = /@Controller\('([^']+)'\)/.exec(controller)?.[1];
    const ready = /@Get\('(ready)'\)/.exec(controller)?.[1];
    const http = readFileSync(join(root, 'libs/server/src/http-app.factory.ts'), 'utf8');
    expect(http).toContain(`{ path: '${base}/${ready}', method: RequestMethod.GET }`); // outside /api/v1
    const alb = dirs['modules/alb'];
    expect(alb.variables.api_health_check_path.default).toBe(`/${base}/${ready}`);
    expect(String(alb.resources.aws_lb_target_group.api.health_check)).not.toBe('undefined');
    expect(JSON.stringify(alb.resources.aws_lb_target_group.api.health_check)).toContain('${var.api_health_check_path}');
    expect(tf.modules.alb.api_health_check_path).toBeUndefined(); // the module default is the one used
  });

  it('no security group is open to the internet except the ALB on 80 and 443', () => {
    const open: string[] = [];
    for (const [dir, t] of Object.entries(dirs)) {
      for (const [name, rule] of Object.entries(t.resources.aws_vpc_security_group_ingress_rule ?? {})) {
        const cidr = String(rule.cidr_ipv4 ?? '');
        const v6 = String(rule.cidr_ipv6 ?? '');
        const fromVariable = /^\$\{each\.(value|key)\}$/.test(cidr) ? /var\.(\w+)/.exec(String(rule.for_each))?.[1] : undefined;
        const anywhere = cidr === '0.0.0.0/0' || v6 === '::/0' || (fromVariable !== undefined && !rejectsSlashZero(t, fromVariable));
        const albWeb = dir === 'modules/alb' && [80, 443].includes(Number(rule.from_port)) && rule.from_port === rule.to_port;
        if (anywhere && !albWeb) open.push(`${dir || '/'}: ${name} (${cidr || v6})`);
        if (rule.referenced_security_group_id === undefined && !cidr && !v6 && rule.prefix_list_id === undefined) open.push(`${dir}: ${name} has no source`);
      }
      for (const [name, sg] of Object.entries(t.resources.aws_security_group ?? {})) {
        if (sg.ingress !== undefined) open.push(`${dir || '/'}: aws_security_group.${name} has inline ingress (use rules)`);
      }
    }
    expect(open).toEqual([]);
    // The ALB's own 80/443 rules are the only ones fed by alb_ingress_cidr_blocks.
    expect(tf.variables.alb_ingress_cidr_blocks.default).toEqual(['0.0.0.0/0']);
  });

  function rejectsSlashZero(t: TfDir, variable: string): boolean {
    const conditions = JSON.stringify(t.variables[variable]?.validation ?? []);
    return conditions.includes('!endswith(c, \\"/0\\")');
  }

  it('every data store, secret, log group and volume is encrypted at rest with the stack key', () => {
    const rules: Record<string, (r: Obj) => boolean> = {
      aws_db_instance: (r) => r.storage_encrypted === true && /kms_key/.test(String(r.kms_key_id)),
      aws_rds_cluster: (r) => r.storage_encrypted === true,
      aws_docdb_cluster: (r) => r.storage_encrypted === true && /kms_key/.test(String(r.kms_key_id)),
      aws_elasticache_replication_group: (r) => r.at_rest_encryption_enabled === true && r.transit_encryption_enabled === true && /kms_key/.test(String(r.kms_key_id)),
      aws_efs_file_system: (r) => r.encrypted === true && /kms_key/.test(String(r.kms_key_id)),
      aws_secretsmanager_secret: (r) => /kms_key|aws_kms_key\.data/.test(String(r.kms_key_id)),
      aws_cloudwatch_log_group: (r) => /kms_key|aws_kms_key\.data/.test(String(r.kms_key_id)),
      aws_s3_bucket: () => false, // none today: add a server-side encryption check before adding one
      aws_dynamodb_table: () => false,
      aws_sqs_queue: () => false,
      aws_sns_topic: () => false,
      aws_ebs_volume: () => false,
    };
    const found = all((dir, t) =>
      Object.entries(rules).flatMap(([type, ok]) => Object.entries(t.resources[type] ?? {}).map(([name, r]) => ({ id: `${dir || '/'}: ${type}.${name}`, ok: ok(r) }))),
    );
    expect(found.filter((f) => !f.ok).map((f) => f.id)).toEqual([]);
    const types = new Set(found.map((f) => f.id.split(': ')[1].split('.')[0]));
    expect([...types].sort()).toEqual(
      ['aws_cloudwatch_log_group', 'aws_db_instance', 'aws_docdb_cluster', 'aws_efs_file_system', 'aws_elasticache_replication_group', 'aws_secretsmanager_secret'],
    );
    // The module inputs behind those `kms_key_id`s are the stack's data key.
    expect(String(tf.modules.data.kms_key_arn)).toBe('${aws_kms_key.data.arn}');
    for (const m of ['api', 'worker', 'web', 'migrate']) expect(String(tf.modules[m].log_kms_key_arn), m).toBe('${aws_kms_key.data.arn}');
    expect(String(tf.modules.network.log_kms_key_arn)).toBe('${aws_kms_key.data.arn}');
  });

  it('services roll out with the circuit breaker and roll back on failure', () => {
    const svc = dirs['modules/ecs-service'].resources.aws_ecs_service.this;
    expect(svc.deployment_circuit_breaker).toEqual([{ enable: true, rollback: true }]);
    expect(svc.deployment_controller).toEqual([{ type: 'ECS' }]);
    expect(svc.deployment_minimum_healthy_percent).toBe(100);
  });

  it('the worker scales on queue depth: the metric the app publishes, in the namespace it may write', () => {
    const publisher = readFileSync(join(root, 'libs/platform/src/queue/queue-depth.publisher.ts'), 'utf8');
    const metric = /QUEUE_DEPTH_METRIC = '(\w+)'/.exec(publisher)?.[1];
    const scaling = asObj(tf.modules.worker.queue_depth_scaling);
    expect(scaling.metric_name).toBe(metric);
    expect(scaling.namespace).toBe('${local.queue_depth_namespace}');
    expect(env.worker.get('QUEUE_DEPTH_CLOUDWATCH_NAMESPACE')).toBe('${local.queue_depth_namespace}');
    expect(env.api.has('QUEUE_DEPTH_CLOUDWATCH_NAMESPACE')).toBe(false);
    expect(tf.modules.api.queue_depth_scaling).toBeUndefined();
    const grant = (tf.data.aws_iam_policy_document.app_task.statement as Obj[]).find((s) => s.sid === 'PublishQueueDepth');
    expect(grant?.actions).toEqual(['cloudwatch:PutMetricData']);
    expect(JSON.stringify(grant?.condition)).toContain('local.queue_depth_namespace');
    const policy = dirs['modules/ecs-service'].resources.aws_appautoscaling_policy.queue_depth;
    const spec = JSON.stringify(policy.target_tracking_scaling_policy_configuration);
    for (const part of ['var.queue_depth_scaling.namespace', 'var.queue_depth_scaling.metric_name', 'RunningTaskCount', 'waiting / IF(tasks > 0, tasks, 1)'])
      expect(spec).toContain(part);
  });
});
