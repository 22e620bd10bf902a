import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  FakeOpenAi,
  TcpRelay,
  TestApp,
  TestUser,
  apiCall,
  createTestApp,
  signUp,
  startFakeOpenAi,
  TEST_REDIS_URL,
} from '@welness/testing';
import { parse, stringify } from 'yaml';
import { writeOffSample } from './off-sample';
import { RunningPrometheus, eventually, startPrometheus } from './prometheus.process';

/*
 * A real Prometheus (Debian's `prometheus`, installed by scripts/ensure-tools.sh) scrapes a real
 * test app with the repo's docker/prometheus/prometheus.yml and alerts.yml. The test copy differs
 * only where a test must: the api job targets the test app (the worker runs inside it, so the
 * separate worker job is dropped), intervals are seconds instead of 15 s / 30 s, and the alert
 * under test, WelnessDependencyDown, waits 5 s instead of 1 m (its real `for` is unit-tested by
 * promtool in prometheus-rules.spec.ts). Redis reaches the app through a relay the test cuts.
 */

const root = resolve(__dirname, '../../../..');
const prometheusDir = join(root, 'docker/prometheus');
const ALERT = 'WelnessDependencyDown';

interface PromConfig {
  global: Record<string, string>;
  rule_files: string[];
  scrape_configs: { job_name: string; metrics_path?: string; static_configs: { targets: string[] }[] }[];
}
interface RuleGroup {
  name: string;
  rules: { alert?: string; record?: string; expr: string; for?: string }[];
}
interface ApiAlert {
  labels: Record<string, string>;
  state: 'pending' | 'firing';
}

/** The repo's config and rules, pointed at `target`, on test-sized intervals. */
function testConfig(target: string): Record<string, string> {
  const config = parse(readFileSync(join(prometheusDir, 'prometheus.yml'), 'utf8')) as PromConfig;
  const api = config.scrape_configs.find((j) => j.job_name === 'welness-api');
  if (!api) throw new Error('docker/prometheus/prometheus.yml has no welness-api job');
  expect(config.rule_files).toEqual(['/etc/prometheus/alerts.yml']);
  api.static_configs = [{ targets: [target] }];
  config.scrape_configs = [api];
  // Generous for a loaded machine: a scrape must fit the probes' 1 s timeout with room to spare.
  config.global = { scrape_interval: '3s', scrape_timeout: '3s', evaluation_interval: '1s' };
  config.rule_files = ['alerts.yml'];
  const rules = parse(readFileSync(join(prometheusDir, 'alerts.yml'), 'utf8')) as { groups: RuleGroup[] };
  const rule = rules.groups.flatMap((g) => g.rules).find((r) => r.alert === ALERT);
  if (!rule) throw new Error(`alerts.yml has no ${ALERT}`);
  rule.for = '5s';
  return { 'prometheus.yml': stringify(config), 'alerts.yml': stringify(rules) };
}

describe('Prometheus scraping the app', () => {
  const redis = new URL(TEST_REDIS_URL);
  const relay = new TcpRelay({ host: redis.hostname, port: Number(redis.port || 6379) });
  let fake: FakeOpenAi;
  let importsDir: string;
  let t: TestApp;
  let admin: TestUser;
  let prom: RunningPrometheus;
  let sample: Record<string, unknown>[] = [];

  beforeAll(async () => {
    await relay.start();
    fake = await startFakeOpenAi(() => ({ kind: 'text', text: 'Keep going, you are on track.' }));
    importsDir = mkdtempSync(join(tmpdir(), 'welness-prom-imports-'));
    sample = writeOffSample(importsDir, 'off.jsonl', 60);
    t = await createTestApp({
      REDIS_URL: `redis://127.0.0.1:${relay.port}/${redis.pathname.slice(1) || '0'}`,
      IMPORTS_DIR: importsDir,
      AGENT_LLM_BASE_URL: fake.baseURL,
      AGENT_LLM_MODEL: 'fake-model',
    });
    admin = await signUp(t, { roles: ['admin'] });
    prom = await startPrometheus(testConfig(new URL(t.url).host));
  }, 180_000);

  afterAll(async () => {
    await prom?.stop();
    await relay.start().catch(() => undefined); // the app must reach Redis to shut down cleanly
    await t?.close();
    await relay.stop();
    await fake?.close();
    rmSync(importsDir, { recursive: true, force: true });
  }, 120_000);

  it('sees RED per route, queues, an import, agent tokens, barcode lookups and business counters', async () => {
    // Traffic: a known route, an unknown one, a food import, lookups that hit and miss, an agent turn.
    expect((await fetch(`${t.url}/api/v1/meta`)).status).toBe(200);
    expect((await fetch(`${t.url}/api/v1/does-not-exist`)).status).toBe(404);
    const started = await apiCall<{ id: string }>(t, admin, 'POST', '/admin/imports', { source: 'off.jsonl' });
    expect(started.status).toBe(202);
    await eventually('the import to finish', async () => {
      const s = (await apiCall<{ status: string }>(t, admin, 'GET', `/admin/imports/${started.body.id}`)).body.status;
      if (s === 'failed') throw new Error('import failed');
      return s === 'completed' ? s : undefined;
    });
    const codes = sample.map((r) => String(r.code ?? r._id)).filter((c) => /^\d{8,14}$/.test(c));
    let hits = 0;
    for (const code of codes.slice(0, 10)) if ((await fetch(`${t.url}/api/v1/products/${code}`)).status === 200) hits += 1;
    expect(hits).toBeGreaterThan(0);
    expect((await fetch(`${t.url}/api/v1/products/0000000000017`)).status).toBe(404);
    const conversation = await apiCall<{ id: string }>(t, admin, 'POST', '/agents/conversations', {});
    expect(conversation.status).toBe(201);
    expect((await apiCall(t, admin, 'POST', `/agents/conversations/${conversation.body.id}/messages`, { text: 'how am I doing?' })).status).toBe(200);

    const value = (s: { value: [number, string] }) => Number(s.value[1]);
    const has = (expr: string, min = 0) =>
      eventually(expr, async () => {
        const result = await prom.query(expr);
        return result.length > 0 && result.every((s) => value(s) >= min) ? result : undefined;
      });

    const byRoute = await has('sum by (route, status) (http_request_duration_seconds_count{job="welness-api"})', 1);
    const routes = byRoute.map((s) => `${s.metric.route} ${s.metric.status}`);
    expect(routes).toEqual(expect.arrayContaining(['/api/v1/meta 200', 'unmatched 404', '/api/v1/products/:barcode 200', '/api/v1/admin/imports 202']));
    await has('http_request_duration_seconds_bucket{route="/api/v1/meta", le="+Inf"}', 1);

    const queues = await has('queue_jobs');
    expect(new Set(queues.map((s) => s.metric.state))).toEqual(new Set(['waiting', 'active', 'failed', 'delayed']));
    expect(new Set(queues.map((s) => s.metric.queue)).size).toBeGreaterThan(1);

    await has('facts_import_rows_total{outcome="inserted"}', 1);
    await has('facts_import_progress_ratio');
    await has('facts_imports_active');
    await has('sum by (direction) (agent_tokens_total{model="fake-model"})', 1);
    await has('facts_lookups_total{outcome="catalogue"}', 1);
    await has('facts_lookups_total{outcome="not_found"}', 1);
    await has('audit_events_total{action="account.registered"}', 1);
    await has('users_active_today', 1);
    await has('health_dependency_up{dependency="redis"}', 1);
  }, 300_000);

  it('evaluates the recording rules and accepts every dashboard query', async () => {
    // Requests keep coming while we wait, so the 5m rate between two scrapes is above zero.
    const recorded = await eventually('route:http_requests:rate5m above 0', async () => {
      await fetch(`${t.url}/api/v1/meta`);
      const r = await prom.query('route:http_requests:rate5m{route="/api/v1/meta", status="200"} > 0');
      return r.length ? r : undefined;
    });
    expect(recorded[0].metric).toMatchObject({ route: '/api/v1/meta', status: '200' });
    const dashboards = join(root, 'docker/grafana/dashboards');
    const exprs = readdirSync(dashboards)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => [...readFileSync(join(dashboards, f), 'utf8').matchAll(/"expr": ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]) as string));
    expect(exprs.length).toBeGreaterThan(40);
    // Prometheus parses and evaluates each one (an invalid query answers status "error").
    for (const expr of exprs) await prom.query(expr);
  }, 180_000);

  it(`cutting Redis takes ${ALERT}{dependency="redis"} from inactive to firing, and back`, async () => {
    const rule = async () => {
      const data = await prom.api<{ groups: { rules: { name: string; state?: string }[] }[] }>('/api/v1/rules?type=alert');
      return data.groups.flatMap((g) => g.rules).find((r) => r.name === ALERT)?.state;
    };
    const alerts = async () =>
      (await prom.api<{ alerts: ApiAlert[] }>('/api/v1/alerts')).alerts.filter((a) => a.labels.alertname === ALERT);

    const forRedis = async () => (await alerts()).filter((a) => a.labels.dependency === 'redis');
    // Inactive while every store answers.
    await eventually('redis seen up', async () => ((await prom.query('health_dependency_up{dependency="redis"} == 1')).length ? true : undefined));
    await eventually(`${ALERT} inactive`, async () => ((await rule()) === 'inactive' ? true : undefined), 60_000);
    expect(await forRedis()).toEqual([]);

    await relay.stop();
    const firing = await eventually(
      `${ALERT} firing`,
      async () => {
        return (await forRedis()).find((a) => a.state === 'firing');
      },
      120_000,
      250,
    );
    expect(firing.labels).toMatchObject({ alertname: ALERT, dependency: 'redis', severity: 'critical', job: 'welness-api' });
    expect(await rule()).toBe('firing');
    // Only Redis was cut.
    expect((await alerts()).filter((a) => a.state === 'firing').map((a) => a.labels.dependency)).toEqual(['redis']);

    await relay.start();
    await eventually(`${ALERT} resolved`, async () => ((await forRedis()).length === 0 ? true : undefined), 120_000);
  }, 300_000);
});
