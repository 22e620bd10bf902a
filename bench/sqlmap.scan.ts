import { createIsolatedStores } from '@welness/testing';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, stop, writeResult } from './bench-utils';

/**
 * Debian's sqlmap (level 2, risk 1, --batch) against the routes that take free text or ids into
 * queries — product search, diary, recipes, admin users and audit — with a valid bearer token,
 * on loopback only. Each target is bounded in time; the summary lists every injectable parameter
 * sqlmap reports (the expected count is 0) and goes to bench/results/sqlmap.json.
 */
const TARGET_TIMEOUT_S = Number(process.env.SQLMAP_TARGET_TIMEOUT_S ?? 240);

interface Target {
  name: string;
  url: string;
  method?: 'POST' | 'PATCH';
  data?: string;
  admin?: boolean;
}

interface Outcome {
  name: string;
  exitCode: number | null;
  timedOut: boolean;
  /** sqlmap's own closing verdict for the target: "all tested parameters do not appear to be injectable". */
  allClean: boolean;
  injectable: string[];
  testedParameters: string[];
}

function runSqlmap(target: Target, token: string, outDir: string): Promise<Outcome> {
  const args = [
    '-u',
    target.url,
    '--batch',
    '--level=2',
    '--risk=1',
    '--time-sec=2',
    '--timeout=15',
    '--retries=1',
    '--threads=2',
    '--disable-coloring',
    '--flush-session',
    `--output-dir=${outDir}`,
    `--headers=Authorization: Bearer ${token}\nX-Forwarded-For: 10.9.9.9`,
  ];
  if (target.method) args.push(`--method=${target.method}`);
  if (target.data) args.push(`--data=${target.data}`);
  return new Promise((resolve) => {
    const child = spawn('sqlmap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TARGET_TIMEOUT_S * 1000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const injectable = [...out.matchAll(/(?:Parameter: (.+?) \(|parameter '([^']+)' (?:is|appears to be) '?[^']*'? ?injectable)/g)].map((m) => (m[1] ?? m[2]).trim());
      const tested = [...new Set([...out.matchAll(/testing if (?:\(custom\) )?(?:GET|POST|URI|Cookie|User-Agent|Referer|\(custom\) POST)? ?parameter '([^']+)' is dynamic/g)].map((m) => m[1]))];
      const allClean = /all tested parameters do not appear to be injectable/.test(out);
      if (process.env.SQLMAP_VERBOSE) console.log(out);
      resolve({ name: target.name, exitCode: code, timedOut, allClean, injectable: [...new Set(injectable)], testedParameters: tested });
    });
  });
}

async function main(): Promise<void> {
  if (spawnSync('sqlmap', ['--version']).status !== 0) throw new Error('sqlmap is missing: apt-get install -y sqlmap');
  const stores = await createIsolatedStores();
  const port = 4900 + Math.floor(Math.random() * 90);
  const { child } = await startApi({ ...stores.env, FACTS_SEED_SAMPLE: 'true', ADMIN_EMAILS: 'scan-admin@example.test' }, port);
  const base = `http://127.0.0.1:${port}/api/v1`;
  const outDir = mkdtempSync(join(tmpdir(), 'sqlmap-'));
  const json = { 'content-type': 'application/json' };
  const signIn = async (email: string): Promise<string> => {
    const password = 'scan-password-123456';
    await fetch(`${base}/auth/register`, { method: 'POST', headers: json, body: JSON.stringify({ email, password }) });
    const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email, password }) });
    if (res.status !== 200) throw new Error(`sign-in ${res.status} ${await res.text()}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  try {
    const user = await signIn('scan-user@example.test');
    const admin = await signIn('scan-admin@example.test');
    const auth = { ...json, authorization: `Bearer ${user}` };
    const quick = { kind: 'quick', quick: { name: 'Porridge', energyKcal: 350 }, quantity: 1, unit: 'serving', slot: 'breakfast', date: '2026-03-02' };
    const entry = (await (await fetch(`${base}/diary/entries`, { method: 'POST', headers: auth, body: JSON.stringify(quick) })).json()) as { id: string };
    const recipe = (await (
      await fetch(`${base}/recipes`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'Oats bowl', servings: 2, ingredients: [{ kind: 'reference', foodKey: 'oats', quantity: 80, unit: 'g' }] }),
      })
    ).json()) as { id?: string };
    const targets: Target[] = [
      { name: 'product search', url: `${base}/products?q=chocolate&brand=milka&limit=5` },
      { name: 'diary day', url: `${base}/diary?date=2026-03-02` },
      { name: 'diary entry write', url: `${base}/diary/entries`, method: 'POST', data: JSON.stringify(quick) },
      { name: 'diary entry edit', url: `${base}/diary/entries/${entry.id}*`, method: 'PATCH', data: JSON.stringify({ quantity: 2, note: 'more' }) },
      { name: 'recipes', url: `${base}/recipes${recipe.id ? `/${recipe.id}*` : ''}` },
      { name: 'admin users', url: `${base}/admin/users?q=scan&limit=5`, admin: true },
      { name: 'admin audit', url: `${base}/admin/audit?action=auth.register&limit=5`, admin: true },
      { name: 'my audit', url: `${base}/me/audit?limit=5` },
    ];
    const outcomes: Outcome[] = [];
    for (const t of targets) {
      const started = Date.now();
      const o = await runSqlmap(t, t.admin ? admin : user, outDir);
      outcomes.push(o);
      console.log(
        `${t.name}: ${o.injectable.length ? `INJECTABLE ${o.injectable.join(', ')}` : 'no injectable parameter'} ` +
          `(parameters ${o.testedParameters.join(', ') || 'URI marker'}; ${o.allClean ? 'sqlmap: all tested parameters do not appear to be injectable' : 'no closing verdict'}, ${Math.round((Date.now() - started) / 1000)} s${o.timedOut ? ', stopped at the time bound' : ''})`,
      );
    }
    const injectable = outcomes.flatMap((o) => o.injectable.map((p) => `${o.name}: ${p}`));
    const file = writeResult('sqlmap', { sqlmap: '1.7.2 (Debian)', options: '--level=2 --risk=1 --batch', targets: outcomes, injectable });
    console.log(`${injectable.length} injectable parameters; written to ${file}`);
    if (injectable.length || outcomes.some((o) => o.timedOut || !o.allClean)) process.exitCode = 1;
  } finally {
    await stop(child);
    await stores.drop();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
