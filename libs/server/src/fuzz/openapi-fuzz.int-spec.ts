import fc from 'fast-check';
import { TestApp, createTestApp } from '@welness/testing';
import { answerProblem } from './answer-check';
import { Persona, Personas, createPersonas } from './fuzz-personas.int-helpers';
import { Operation, contractOperations } from './openapi-operations';
import { lenientCases } from './lenient-cases';
import type { FuzzCase } from './request-parts';
import { strictCases } from './strict-cases';
import { Snapshot, StateSnapshotter, diffSnapshots } from './state-snapshot.int-helpers';

/*
 * Property-based fuzzing of every operation in libs/contracts/openapi.json (fast-check).
 * For each operation and each persona (the owner, another user, nobody):
 * - strict cases, invalid by construction (missing required fields, unknown and prototype keys,
 *   wrong types, MongoDB operator objects and NUL/lone surrogates in every string slot, raw
 *   NaN/Infinity and out-of-range numbers, malformed JSON, wrong content types, broken
 *   multipart, hostile path parameters, refused query values): every answer is a 4xx
 *   problem+json without a stack trace, and the stores are exactly as before;
 * - lenient cases, hostile but possibly valid (odd Unicode, huge strings, negative numbers,
 *   unknown query parameters, hostile headers): never a 5xx or a leak; successes are counted.
 * Budget: FUZZ_RUNS random strict cases for the owner (4 here; `npm run fuzz` runs more), half as
 * many lenient ones, half again for the other personas, plus one deterministic case of every
 * strict mutation kind for the owner. Strict cases and reads of 16 operations share a snapshot
 * pair; the lenient cases of each write have their own.
 * FUZZ_SEED fixes the seed (printed on failure), FUZZ_OP (a regular expression) narrows the run
 * to the operations whose id matches it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_215);
const ONLY = process.env.FUZZ_OP ? new RegExp(process.env.FUZZ_OP) : undefined;
const SHRINK = process.env.FUZZ_SHRINK === '1';
const ANSWER_TIMEOUT_MS = 20_000;

/** The same 32-bit seed for the same run seed, operation, persona and phase, whatever else runs. */
function seedFor(...parts: string[]): number {
  let h = SEED | 0;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

type Phase = 'strict' | 'lenient';

interface Sent {
  op: string;
  persona: string;
  c: FuzzCase;
  status: number;
}

describe('fuzzing every OpenAPI operation (fast-check)', () => {
  let t: TestApp;
  let people: Personas;
  let snapshots: StateSnapshotter;
  const operations = contractOperations();

  beforeAll(async () => {
    // Role 'api': enqueued jobs wait in Redis (counted in the snapshot) instead of changing rows later.
    t = await createTestApp(
      {
        AUTH_RATE_LIMIT_PER_MINUTE: '100000',
        LOGIN_MAX_FAILURES: '100',
        LOG_LEVEL: process.env.FUZZ_LOG ?? 'silent',
      },
      { role: 'api' },
    );
    people = await createPersonas(t);
    snapshots = await StateSnapshotter.open(t.stores);
  });
  afterAll(async () => {
    await snapshots?.close();
    await t?.close();
  });

  async function send(
    op: Operation,
    who: Persona,
    c: FuzzCase,
  ): Promise<{ status: number; problem: string | null }> {
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${t.url}${c.path}${c.query ? `?${c.query}` : ''}`, {
        method: op.method,
        headers: { ...who.headers(), ...c.headers },
        body: op.method === 'GET' || op.method === 'HEAD' ? undefined : c.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
      });
      text = await res.text();
    } catch (err) {
      // A request that hangs is a failure of its own (and must not stall the whole run).
      const reason =
        (err as Error).name === 'TimeoutError'
          ? `no answer within ${ANSWER_TIMEOUT_MS} ms`
          : (err as Error).message;
      return { status: 0, problem: reason };
    }
    return {
      status: res.status,
      problem: answerProblem(c, {
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        text,
      }),
    };
  }

  /** Random cases per phase: the owner reaches every route's validation, the others mostly the guard. */
  const runsFor = (who: Persona, name: Phase): number =>
    Math.max(1, Math.ceil((name === 'strict' ? RUNS : RUNS / 2) / (who.name === 'owner' ? 1 : 2)));

  /** Runs one phase for one persona; returns a failure report, or null. */
  async function phase(
    op: Operation,
    who: Persona,
    name: Phase,
    arbs: fc.Arbitrary<FuzzCase>[],
    sent: Sent[],
  ): Promise<string | null> {
    if (!arbs.length) return null;
    const seed = seedFor(op.id, who.name, name);
    // One deterministic case of every strict mutation kind for the owner, then random ones for everybody.
    const examples =
      who.name === 'owner' && name === 'strict'
        ? arbs.map((a, i) => [fc.sample(a, { seed: seed + i, numRuns: 1 })[0]] as [FuzzCase])
        : [];
    const details = await fc.check(
      fc.asyncProperty(fc.oneof(...arbs), async (c) => {
        const { status, problem } = await send(op, who, c);
        sent.push({ op: op.id, persona: who.name, c, status });
        if (problem) throw new Error(problem);
      }),
      { seed, numRuns: runsFor(who, name), examples, endOnFailure: !SHRINK },
    );
    if (!details.failed) return null;
    const c = details.counterexample?.[0];
    return [
      `${op.id} as ${who.name} (${name}): ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
      `  case: ${c?.kind} ${c?.detail} → ${c?.path}${c?.query ? `?${c.query.slice(0, 200)}` : ''}`,
      `  reproduce: FUZZ_SEED=${SEED} FUZZ_OP='^${op.id.replace(/[{}$]/g, (ch) => `\\${ch}`)}$' npx vitest run libs/server/src/fuzz (fast-check seed ${details.seed}, path ${details.counterexamplePath})`,
    ].join('\n');
  }

  /** Operations in batches of 16: strict cases and reads change nothing, so a batch shares one snapshot pair. */
  function batches(ops: Operation[]): Operation[][] {
    return Array.from({ length: Math.ceil(ops.length / 16) }, (_, i) => ops.slice(i * 16, i * 16 + 16));
  }

  it(
    'answers every operation with 4xx problem+json (never 5xx, no stack), and rejected input changes nothing',
    async () => {
      const failures: string[] = [];
      const sent: Sent[] = [];
      const tracked: string[] = [];
      const selected = operations.filter((op) => !ONLY || ONLY.test(op.id));
      const personas = [people.owner, people.other, people.anonymous];
      let snapshotMs = 0;
      const snapshot = async (): Promise<Snapshot> => {
        const started = Date.now();
        const taken = await snapshots.take();
        snapshotMs += Date.now() - started;
        return taken;
      };
      const run = async (ops: Operation[], name: Phase): Promise<void> => {
        for (const op of ops) {
          const arbs = (name === 'strict' ? strictCases : lenientCases)({ op, fill: people.fill });
          for (const who of personas) {
            const failure = await phase(op, who, name, arbs, sent);
            if (failure) failures.push(failure);
          }
        }
      };
      const revive = async (ops: Operation[], name: Phase): Promise<void> => {
        for (const who of personas) {
          if (!(await people.revive(who))) continue;
          if (name === 'strict')
            failures.push(
              `${ops.map((o) => o.id).join(', ')}: a rejected request ended the ${who.name}'s session`,
            );
          else
            tracked.push(
              `${ops.map((o) => o.id).join(', ')}: a lenient case ended the ${who.name}'s session (signed in again)`,
            );
        }
      };
      let before = await snapshot();

      for (const ops of batches(selected)) {
        const names = ops.map((o) => o.id).join(', ');
        const reads = ops.filter((o) => o.method === 'GET');
        await run(ops, 'strict');
        await revive(ops, 'strict');
        await run(reads, 'lenient');
        const afterStrict = await snapshot();
        const changed = diffSnapshots(before, afterStrict);
        if (changed.length) {
          failures.push(
            `one of ${names}: rejected input or a read changed the stores:\n  ${changed.join('\n  ')}`,
          );
        }
        before = afterStrict;
        // A write's lenient cases may succeed and change the stores: one snapshot pair each.
        for (const op of ops.filter((o) => o.method !== 'GET')) {
          const from = sent.length;
          await run([op], 'lenient');
          await revive([op], 'lenient');
          const accepted = sent.slice(from).filter((s) => s.status < 400);
          const after = await snapshot();
          const lenientChanges = diffSnapshots(before, after);
          before = after;
          if (lenientChanges.length && !accepted.some((s) => s.status < 300)) {
            failures.push(
              `${op.id}: requests that were all refused changed the stores:\n  ${lenientChanges.join('\n  ')}`,
            );
          }
          if (accepted.length) {
            const kinds = [...new Set(accepted.map((s) => `${s.status} ${s.c.kind}`))].join(', ');
            tracked.push(`${op.id}: ${accepted.length} lenient case(s) succeeded (${kinds})`);
          }
        }
      }
      const covered = new Set(sent.map((s) => s.op));

      const byStatus = new Map<number, number>();
      for (const s of sent) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
      const readSuccesses = sent.filter((s) => s.status < 400 && s.op.startsWith('GET ')).length;
      console.log(
        [
          `fuzz: covered ${covered.size}/${operations.length} OpenAPI operations (${((100 * covered.size) / operations.length).toFixed(1)} %), ${sent.length} requests, seed ${SEED}, runs ${RUNS}, ${(snapshotMs / 1000).toFixed(1)} s in snapshots`,
          `fuzz: statuses ${[...byStatus]
            .sort((a, b) => a[0] - b[0])
            .map(([s, n]) => `${s}×${n}`)
            .join(' ')}`,
          `fuzz: ${readSuccesses} lenient reads succeeded (valid by chance); writes that did:`,
          ...tracked.map((l) => `fuzz:   ${l}`),
        ].join('\n'),
      );
      expect(failures).toEqual([]);
      if (!ONLY) expect(covered.size).toBe(operations.length);
    },
    Math.max(600_000, RUNS * 60_000),
  );
});
