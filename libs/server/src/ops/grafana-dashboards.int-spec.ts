import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TestApp, createTestApp } from '@welness/testing';
import { parse } from 'yaml';
import { exposedNames, metricNames } from './promql';

/*
 * The provisioned Grafana dashboards (docker/grafana): every panel reads the provisioned
 * Prometheus datasource, and every query names only metrics the app exports (read from the
 * /metrics of a real test app), Prometheus' own `up`, or a recording rule of alerts.yml.
 *
 * TELEGRAM EXCEPTION: the bots module is still being built, so the Telegram dashboard's `bot_*`
 * metrics the app does not export yet are reported as a skipped test instead of a failure. Every
 * other dashboard, and every non-`bot_` metric of the Telegram one, must be exported now.
 */

const docker = resolve(__dirname, '../../../../docker');
const dashboardsDir = join(docker, 'grafana/dashboards');
const TELEGRAM_DASHBOARD = 'welness-telegram.json';
const TELEGRAM_PENDING = /^bot_/;

interface Target {
  expr?: string;
  datasource?: { type?: string; uid?: string };
}
interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  targets?: Target[];
  panels?: Panel[];
}
interface Dashboard {
  uid: string;
  title: string;
  panels: Panel[];
  templating?: { list: { datasource?: unknown; query?: unknown }[] };
}

const datasources = parse(readFileSync(join(docker, 'grafana/provisioning/datasources/prometheus.yml'), 'utf8')) as {
  datasources: { name: string; uid: string; type: string; url: string; isDefault?: boolean }[];
};
const provisioned = datasources.datasources.find((d) => d.type === 'prometheus');
const files = readdirSync(dashboardsDir).filter((f) => f.endsWith('.json')).sort();
const dashboards = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(dashboardsDir, f), 'utf8')) as Dashboard]));
const panelsOf = (d: Dashboard): Panel[] => d.panels.flatMap((p) => [p, ...(p.panels ?? [])]).filter((p) => p.type !== 'row');
const recorded = [...readFileSync(join(docker, 'prometheus/alerts.yml'), 'utf8').matchAll(/^\s*- record: (\S+)/gm)].map((m) => m[1]);
const PROMETHEUS_OWN = ['up', 'ALERTS', 'ALERTS_FOR_STATE'];

describe('Grafana provisioning', () => {
  it('provisions one Prometheus datasource with a fixed uid, and the dashboards folder compose mounts', () => {
    expect(provisioned).toMatchObject({ type: 'prometheus', uid: 'prometheus', url: 'http://prometheus:9090', isDefault: true });
    const providers = parse(readFileSync(join(docker, 'grafana/provisioning/dashboards/welness.yml'), 'utf8')) as {
      providers: { options: { path: string } }[];
    };
    const compose = readFileSync(resolve(docker, '../docker-compose.yml'), 'utf8');
    expect(compose).toContain(`./docker/grafana/dashboards:${providers.providers[0].options.path}:ro`);
  });

  it('ships the five dashboards, each with a unique uid and title', () => {
    expect(files).toEqual(['welness-agents.json', 'welness-api.json', 'welness-business.json', 'welness-queues-imports.json', TELEGRAM_DASHBOARD]);
    const uids = [...dashboards.values()].map((d) => d.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(new Set([...dashboards.values()].map((d) => d.title)).size).toBe(uids.length);
  });

  for (const [file, dashboard] of dashboards) {
    it(`${file}: every panel and query uses the provisioned datasource`, () => {
      const wrong: string[] = [];
      const panels = panelsOf(dashboard);
      expect(panels.length).toBeGreaterThan(4);
      for (const p of panels) {
        if (p.datasource?.type !== 'prometheus' || p.datasource.uid !== provisioned?.uid) wrong.push(`panel "${p.title}"`);
        if (!p.targets?.length) wrong.push(`panel "${p.title}" has no query`);
        for (const t of p.targets ?? []) {
          if (t.datasource && (t.datasource.type !== 'prometheus' || t.datasource.uid !== provisioned?.uid)) wrong.push(`query of "${p.title}"`);
          if (!t.expr?.trim()) wrong.push(`empty query in "${p.title}"`);
        }
      }
      for (const v of dashboard.templating?.list ?? []) {
        if (v.datasource !== undefined && JSON.stringify(v.datasource) !== JSON.stringify({ type: 'prometheus', uid: provisioned?.uid }))
          wrong.push('template variable');
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('Grafana dashboards query only metrics the app exports', () => {
  let t: TestApp;
  let exposed: Set<string>;

  beforeAll(async () => {
    t = await createTestApp();
    const body = await (await fetch(`${t.url}/metrics`)).text();
    exposed = new Set([...exposedNames(body), ...recorded, ...PROMETHEUS_OWN]);
  });
  afterAll(async () => t?.close());

  const unknownIn = (dashboard: Dashboard): string[] => {
    const names = panelsOf(dashboard).flatMap((p) => (p.targets ?? []).flatMap((q) => metricNames(q.expr ?? '')));
    return [...new Set(names)].filter((n) => !exposed.has(n)).sort();
  };

  for (const [file, dashboard] of dashboards) {
    if (file === TELEGRAM_DASHBOARD) continue;
    it(`${file}`, () => {
      expect(exposed.size).toBeGreaterThan(40);
      expect(unknownIn(dashboard)).toEqual([]);
    });
  }

  it(`${TELEGRAM_DASHBOARD} (bot_* metrics not exported yet are skipped, see the note at the top)`, (ctx) => {
    const unknown = unknownIn(dashboards.get(TELEGRAM_DASHBOARD)!);
    expect(unknown.filter((n) => !TELEGRAM_PENDING.test(n))).toEqual([]);
    if (unknown.length) ctx.skip(`Telegram metrics not exported yet: ${unknown.join(', ')}`);
  });

  it('the alert rules read only exported metrics too', () => {
    const rules = readFileSync(join(docker, 'prometheus/alerts.yml'), 'utf8');
    const exprs = [...rules.matchAll(/expr: (\|\n(?:\s{10,}.*\n)+|.*)/g)].map((m) => m[1].replace(/^\|/, ''));
    expect(exprs.length).toBeGreaterThanOrEqual(12);
    const unknown = [...new Set(exprs.flatMap(metricNames))].filter((n) => !exposed.has(n));
    expect(unknown).toEqual([]);
  });
});
