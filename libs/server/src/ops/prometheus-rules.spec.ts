import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/*
 * The shipped alert rules, checked by Debian's promtool (package prometheus, installed by
 * scripts/ensure-tools.sh): syntax, then the unit tests in docker/prometheus/tests/, and that
 * those tests cover every alert — a case where it fires, one where it stays silent, and a
 * boundary (one test in which it is silent at one time and firing at a later one).
 */

const prometheusDir = resolve(__dirname, '../../../../docker/prometheus');
const rulesFile = join(prometheusDir, 'alerts.yml');
const testsFile = join(prometheusDir, 'tests/alerts.test.yml');

const promtool = (...args: string[]): string => {
  try {
    return execFileSync('promtool', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`promtool ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`, { cause: err });
  }
};

interface AlertCase {
  eval_time: string;
  alertname: string;
  exp_alerts?: unknown[];
}
interface RuleTest {
  name?: string;
  alert_rule_test?: AlertCase[];
}

const rules = parse(readFileSync(rulesFile, 'utf8')) as { groups: { rules: { alert?: string; record?: string }[] }[] };
const alerts = rules.groups.flatMap((g) => g.rules.map((r) => r.alert).filter((a): a is string => !!a));
const unitTests = (parse(readFileSync(testsFile, 'utf8')) as { tests: RuleTest[] }).tests;

const seconds = (d: string): number => {
  const m = /^(\d+)([smh])$/.exec(d);
  if (!m) throw new Error(`unsupported duration ${d}`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as 's' | 'm' | 'h'];
};

describe('Prometheus alert rules (promtool)', () => {
  it('are valid', () => {
    expect(promtool('check', 'rules', rulesFile)).toMatch(/SUCCESS: \d+ rules found/);
    expect(alerts.length).toBeGreaterThanOrEqual(10);
  });

  it('pass their unit tests', () => {
    expect(promtool('test', 'rules', testsFile)).toMatch(/SUCCESS/);
  });

  for (const alert of alerts) {
    it(`${alert}: is tested firing, silent, and at its boundary`, () => {
      const cases = unitTests.map((t) => (t.alert_rule_test ?? []).filter((c) => c.alertname === alert));
      const fires = cases.some((cs) => cs.some((c) => (c.exp_alerts ?? []).length > 0));
      const silentTest = cases.some((cs) => cs.length > 0 && cs.every((c) => (c.exp_alerts ?? []).length === 0));
      const boundary = cases.some((cs) => {
        const silent = cs.filter((c) => !c.exp_alerts?.length).map((c) => seconds(c.eval_time));
        const firing = cs.filter((c) => c.exp_alerts?.length).map((c) => seconds(c.eval_time));
        return silent.length > 0 && firing.length > 0 && Math.min(...silent) < Math.min(...firing);
      });
      expect({ fires, silentTest, boundary }).toEqual({ fires: true, silentTest: true, boundary: true });
    });
  }

  it('every alert has an incident checklist in docs/operations.md', () => {
    const runbook = readFileSync(resolve(prometheusDir, '../../docs/operations.md'), 'utf8');
    expect(alerts.filter((a) => !new RegExp(`^### ${a}$`, 'm').test(runbook))).toEqual([]);
  });

  it('every test names an alert that exists', () => {
    const named = unitTests.flatMap((t) => (t.alert_rule_test ?? []).map((c) => c.alertname));
    expect(named.filter((n) => !alerts.includes(n))).toEqual([]);
  });
});
