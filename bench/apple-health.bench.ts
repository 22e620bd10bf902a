import { openAsBlob } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIsolatedStores } from '@welness/testing';
import { writeAppleHealthExport } from './apple-health.fixture';
import { startApi, stop, writeResult } from './bench-utils';

/**
 * npm run bench:apple-health — generates a ~300 MB Apple Health export.xml, uploads it to a
 * production-built API process (HTTP + in-process worker) as multipart, waits for the import
 * job, and reads that process's peak RSS (VmHWM). Target: peak RSS ≤ 300 MB.
 */
const TARGET_BYTES = Number(process.env.APPLE_HEALTH_BENCH_BYTES ?? 300 * 1024 * 1024);

async function vm(pid: number, key: 'VmHWM' | 'VmRSS'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

async function main(): Promise<void> {
  const file = join(tmpdir(), `welness-export-${process.pid}.xml`);
  const fixture = await writeAppleHealthExport(file, TARGET_BYTES);
  console.log(
    `generated ${(fixture.bytes / 1048576).toFixed(0)} MB: ${fixture.records} records, ${fixture.workouts} workouts, ${fixture.days} days`,
  );
  const stores = await createIsolatedStores();
  const port = 3950 + Math.floor(Math.random() * 40);
  const importsDir = join(tmpdir(), `welness-imports-${process.pid}`);
  const { child } = await startApi(
    { ...stores.env, NODE_ENV: 'test', WORKER_MODE: 'inline', IMPORTS_DIR: importsDir },
    port,
  );
  const pid = child.pid as number;
  try {
    const base = `http://127.0.0.1:${port}/api/v1`;
    const reg = await fetch(`${base}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `bench-${process.pid}@example.test`,
        password: 'bench-password-123456',
        timeZone: 'Europe/Madrid',
      }),
    });
    if (reg.status !== 202) throw new Error(`register ${reg.status} ${await reg.text()}`);
    // Registration answers 202 without tokens (it must not tell whether an address is taken); sign in.
    const signIn = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench-${process.pid}@example.test`, password: 'bench-password-123456' }),
    });
    if (signIn.status !== 200) throw new Error(`sign-in ${signIn.status} ${await signIn.text()}`);
    const auth = { authorization: `Bearer ${((await signIn.json()) as { accessToken: string }).accessToken}` };
    const rssBefore = await vm(pid, 'VmRSS');

    const form = new FormData();
    form.append('file', await openAsBlob(file, { type: 'application/xml' }), 'export.xml');
    const t0 = performance.now();
    const res = await fetch(`${base}/activities/imports/apple-health`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    if (res.status !== 202) throw new Error(`upload ${res.status} ${await res.text()}`);
    const uploadedMs = performance.now() - t0;
    const { id } = (await res.json()) as { id: string };
    let job: { status: string; progress: number; counts: Record<string, number>; error: string | null };
    let lastLogged = -10;
    for (;;) {
      job = (await (await fetch(`${base}/activities/imports/${id}`, { headers: auth })).json()) as typeof job;
      if (job.progress - lastLogged >= 10) {
        lastLogged = job.progress;
        console.log(`  ${job.status} ${job.progress} %, rss ${await vm(pid, 'VmRSS')} MB`);
      }
      if (job.status === 'completed' || job.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const totalMs = performance.now() - t0;
    if (job.status !== 'completed') throw new Error(`import failed: ${job.error}`);
    const peak = await vm(pid, 'VmHWM');
    const result = {
      fileBytes: (await stat(file)).size,
      fixture,
      counts: job.counts,
      uploadMs: Math.round(uploadedMs),
      importTotalMs: Math.round(totalMs),
      rssBeforeUploadMb: rssBefore,
      peakRssMb: peak,
      targetPeakRssMb: 300,
    };
    const out = writeResult('apple-health', result);
    console.log(
      `import of ${(result.fileBytes / 1048576).toFixed(0)} MB: ${JSON.stringify(job.counts)} in ${(totalMs / 1000).toFixed(1)} s (upload ${(uploadedMs / 1000).toFixed(1)} s)`,
    );
    console.log(`API process peak RSS ${peak} MB (before upload ${rssBefore} MB; target ≤ 300 MB)`);
    console.log(`wrote ${out}`);
  } finally {
    await stop(child);
    await stores.drop();
    await rm(file, { force: true });
    await rm(importsDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
