import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportRunner, ImportsService } from '@welness/facts';
import { FakeOpenAi, TestApp, TestUser, createTestApp, signUp, startFakeOpenAi } from '@welness/testing';
import { scriptedCoachModel } from '../../test/scripted-model';
import { parseByDate } from '../onboarding/profile.parser';

// A real Open Food Facts record from the shared fixtures (3017620422003 is not among them).
const FIXTURE = '/work/shared/data/off/off-api-2020-fr41.jsonl';
const BARCODE = '3596710387557';
const ONBOARDING =
  "I'm 34, male, 178 cm, 80 kg, moderately active, vegetarian, allergic to peanuts, I want to lose 5 kg by June";

interface Turn {
  engine: string;
  message: { content: string };
  toolCalls: { name: string; ok: boolean; error?: string }[];
}

const numbersIn = (text: string): number[] => (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

/**
 * The scripted conversation, once with the offline coach and once with an LLM agent
 * (fake model making the tool calls): onboarding sentence → profile, goal and targets;
 * "log 2 servings of <barcode> for breakfast" → a diary entry with the right energy;
 * "how am I doing today?" → the numbers of /api/v1/summary/daily.
 */
describe('scripted conversation in both engines', () => {
  let fake: FakeOpenAi;
  let t: TestApp;
  let llmAgentId: string;
  let kcalPer100: number;
  let servingG: number;
  const goalDate = parseByDate('by June', new Date())!;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agents-off-'));
    const record = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .find((l) => l.includes(`"${BARCODE}"`))!;
    writeFileSync(join(dir, 'product.jsonl'), `${record}\n`);
    fake = await startFakeOpenAi(scriptedCoachModel({ goalDate, barcode: BARCODE }));
    t = await createTestApp({ IMPORTS_DIR: dir, AGENT_LLM_COOLDOWN_MS: '0' });
    // The product enters the catalogue through the facts module's own import service.
    const imports = t.app.get(ImportsService);
    const imp = await imports.create(await imports.resolveApiSource('product.jsonl'), 'jsonl', null);
    expect((await t.app.get(ImportRunner).run(imp.id)).status).toBe('completed');
    const product = (await (await fetch(`${t.url}/api/v1/products/${BARCODE}`)).json()) as {
      nutrientsPer100g: { energyKcal: number };
      servingQuantityG: number;
    };
    kcalPer100 = product.nutrientsPer100g.energyKcal;
    servingG = product.servingQuantityG;
    expect(kcalPer100).toBeGreaterThan(0);
    expect(servingG).toBeGreaterThan(0);
    const admin = await signUp(t, { roles: ['admin'] });
    const agent = await fetch(`${t.url}/api/v1/admin/agents`, {
      method: 'POST',
      headers: admin.headers,
      body: JSON.stringify({
        slug: 'coach-llm',
        name: 'Coach',
        persona: 'A warm coach.',
        baseUrl: fake.baseURL,
        model: 'fake-model',
      }),
    });
    llmAgentId = ((await agent.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const get = async <T>(u: TestUser, path: string): Promise<T> => {
    const res = await fetch(`${t.url}/api/v1${path}`, { headers: u.headers });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };

  for (const engine of ['offline', 'llm'] as const) {
    it(`${engine}: onboarding sentence, barcode log and daily status`, async () => {
      const user = await signUp(t, { timeZone: 'Europe/Paris' });
      const conv = (await (
        await fetch(`${t.url}/api/v1/agents/conversations`, {
          method: 'POST',
          headers: user.headers,
          body: JSON.stringify(engine === 'llm' ? { agentId: llmAgentId } : {}),
        })
      ).json()) as { id: string };
      const say = async (text: string): Promise<Turn> => {
        const res = await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}/messages`, {
          method: 'POST',
          headers: user.headers,
          body: JSON.stringify({ text }),
        });
        expect(res.status).toBe(200);
        const turn = (await res.json()) as Turn;
        expect(turn.engine).toBe(engine);
        expect(
          turn.toolCalls.filter((c) => !c.ok),
          JSON.stringify(turn),
        ).toEqual([]);
        return turn;
      };

      // 1. Profile, goal and targets from one sentence.
      const onboarding = await say(ONBOARDING);
      expect(onboarding.toolCalls.map((c) => c.name)).toEqual(['save_profile', 'set_goal', 'get_targets']);
      const me = await get<{ sex: string; heightCm: number; activityLevel: string; birthDate: string }>(
        user,
        '/me',
      );
      expect(me).toMatchObject({ sex: 'male', heightCm: 178, activityLevel: 'moderate' });
      const goal = await get<{ direction: string; targetWeightKg: number; targetDate: string }>(
        user,
        '/goals',
      );
      expect(goal).toMatchObject({ direction: 'lose', targetWeightKg: 75, targetDate: goalDate });
      const targets = await get<{
        energyKcal: number;
        proteinG: number;
        inputs: { ageYears: number; weightKg: number };
      }>(user, '/targets');
      expect(targets.inputs).toMatchObject({ ageYears: 34, weightKg: 80 });
      expect(numbersIn(onboarding.message.content)).toEqual(
        expect.arrayContaining([Math.round(targets.energyKcal), Math.round(targets.proteinG)]),
      );

      // 2. Two servings of a catalogue product for breakfast.
      const logged = await say(`log 2 servings of ${BARCODE} for breakfast`);
      expect(logged.toolCalls.map((c) => c.name)).toContain('log_food');
      const day = await get<{
        date: string;
        slots: {
          breakfast: { ref: string; quantity: number; unit: string; nutrients: { energyKcal: number } }[];
        };
      }>(user, '/diary');
      expect(day.slots.breakfast).toHaveLength(1);
      const entry = day.slots.breakfast[0];
      expect(entry).toMatchObject({ ref: BARCODE, quantity: 2, unit: 'serving' });
      expect(entry.nutrients.energyKcal).toBeCloseTo((2 * servingG * kcalPer100) / 100, 0);
      expect(numbersIn(logged.message.content)).toContain(Math.round(entry.nutrients.energyKcal));

      // 3. The status reply carries exactly the daily summary's numbers.
      const status = await say('how am I doing today?');
      const summary = await get<{
        energy: { consumedKcal: number; targetKcal: number; remainingKcal: number };
        protein: { consumed: number };
      }>(user, '/summary/daily');
      expect(summary.energy.consumedKcal).toBeCloseTo(entry.nutrients.energyKcal, 1);
      expect(numbersIn(status.message.content)).toEqual(
        expect.arrayContaining([
          Math.round(summary.energy.consumedKcal),
          Math.round(summary.energy.targetKcal),
          Math.round(summary.energy.remainingKcal),
          Math.round(summary.protein.consumed),
        ]),
      );
      console.log(
        `[${engine}]\n  > ${ONBOARDING}\n  < ${onboarding.message.content}\n  > log 2 servings of ${BARCODE} for breakfast\n  < ${logged.message.content}\n  > how am I doing today?\n  < ${status.message.content}`,
      );
    });
  }

  it('offline: a food named in words is proposed first and logged only after "yes"', async () => {
    const user = await signUp(t, { timeZone: 'Europe/Paris' });
    const conv = (await (
      await fetch(`${t.url}/api/v1/agents/conversations`, {
        method: 'POST',
        headers: user.headers,
        body: '{}',
      })
    ).json()) as { id: string };
    const say = async (text: string): Promise<Turn> =>
      (await (
        await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}/messages`, {
          method: 'POST',
          headers: user.headers,
          body: JSON.stringify({ text }),
        })
      ).json()) as Turn;
    const diary = async () =>
      (await get<{ slots: { snacks: { ref: string }[] } }>(user, '/diary')).slots.snacks;

    const proposal = await say('I had 1 serving of barquettes chocolat for a snack');
    expect(proposal.toolCalls.map((c) => c.name)).toEqual(['search_foods']);
    expect(proposal.message.content).toMatch(/Shall I log 1 serving of Barquettes chocolat.*snacks/);
    expect(await diary()).toEqual([]);
    const pending = (await (
      await fetch(`${t.url}/api/v1/agents/conversations/${conv.id}`, { headers: user.headers })
    ).json()) as { pending: { tool: string } };
    expect(pending.pending.tool).toBe('log_food');

    // A double-tapped "yes": one turn runs, the other is refused while it does.
    const post = () =>
      fetch(`${t.url}/api/v1/agents/conversations/${conv.id}/messages`, {
        method: 'POST',
        headers: user.headers,
        body: JSON.stringify({ text: 'yes' }),
      });
    const both = await Promise.all([post(), post()]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const confirmed = (await both.find((r) => r.status === 200)!.json()) as Turn;
    expect(confirmed.toolCalls.map((c) => c.name)).toEqual(['log_food', 'get_daily_summary']);
    expect(await diary()).toEqual([expect.objectContaining({ ref: BARCODE })]);
    expect((await say('yes')).toolCalls).toEqual([]); // nothing pending any more: no second entry
    expect(await diary()).toHaveLength(1);
  });
});
