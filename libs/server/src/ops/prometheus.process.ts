import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test helper: Debian's `prometheus` on a free loopback port with a throw-away TSDB. */
export interface RunningPrometheus {
  url: string;
  dir: string;
  log(): string;
  query<T = PromSample>(expr: string): Promise<T[]>;
  api<T>(path: string): Promise<T>;
  stop(): Promise<void>;
}

export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

/**
 * Writes `files` (name → content; `prometheus.yml` is the config) into a temp directory and starts
 * Prometheus there. Retries on a port lost to a race; `stop()` always kills the process and
 * removes the directory.
 */
export async function startPrometheus(files: Record<string, string>, timeoutMs = 60_000): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'welness-prometheus-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    let output = '';
    const child: ChildProcess = spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const url = `http://127.0.0.1:${port}`;
    const stop = async (): Promise<void> => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }
    };
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && child.exitCode === null) {
      if ((await fetch(`${url}/-/ready`).then((r) => r.status, () => 0)) === 200) {
        const api = async <T>(path: string): Promise<T> => {
          const res = await fetch(`${url}${path}`);
          const body = (await res.json()) as { status: string; data: T; error?: string };
          if (body.status !== 'success') throw new Error(`${path}: ${body.error ?? res.status}`);
          return body.data;
        };
        return {
          url,
          dir,
          log: () => output,
          api,
          query: async <T>(expr: string) => (await api<{ result: T[] }>(`/api/v1/query?query=${encodeURIComponent(expr)}`)).result,
          stop: async () => {
            await stop();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await stop();
    lastError = new Error(`prometheus did not become ready on ${url}:\n${output.slice(-2000)}`);
    if (!/address already in use/.test(output)) break;
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

/** Polls `probe` every `everyMs` until it returns a value other than undefined. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
