import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TestApp, createTestApp } from '@welness/testing';

// Installed by scripts/ensure-tools.sh (Debian package prometheus), which .ci/run calls.
const promtool = (args: string[], input?: string): string =>
  execFileSync('promtool', args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

describe('Prometheus exposition', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('promtool accepts /metrics after real traffic', async () => {
    await fetch(`${t.url}/api/v1/meta`);
    await fetch(`${t.url}/api/v1/does-not-exist`);
    const res = await fetch(`${t.url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const body = await res.text();
    const dir = mkdtempSync(join(tmpdir(), 'metrics-'));
    writeFileSync(join(dir, 'metrics.txt'), body);
    // promtool exits non-zero (and execFileSync throws) on malformed exposition.
    promtool(['check', 'metrics'], body);
    expect(body).toContain('http_request_duration_seconds_bucket');
  });

  // Dashboards and rules naming only exported metrics: libs/server/src/ops/grafana-dashboards.int-spec.ts.

  it('promtool accepts the shipped alert rules', () => {
    const out = promtool(['check', 'rules', resolve(__dirname, '../../../docker/prometheus/alerts.yml')]);
    expect(out).toMatch(/SUCCESS: \d+ rules found/);
  });
});
