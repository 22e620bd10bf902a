import { deflateRawSync } from 'node:zlib';
import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

const call = apiCall;

interface Activity {
  id: string;
  date: string;
  energyKcal: number;
  metCode: string;
  energyMethod: string;
}
interface Import {
  id: string;
  status: string;
  progress: number;
  counts: { activities: number; stepDays: number; weights: number; skipped: number };
  error: string | null;
}

async function waitImport(t: TestApp, u: TestUser, id: string): Promise<Import> {
  for (let i = 0; i < 200; i++) {
    const r = await call<Import>(t, u, 'GET', `/activities/imports/${id}`);
    if (r.body.status === 'completed' || r.body.status === 'failed') return r.body;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('import did not finish');
}

const APPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
]>
<HealthData locale="en_US">
 <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Scale" unit="kg" startDate="2026-03-01 07:00:00 -0800" endDate="2026-03-01 07:00:00 -0800" value="72"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" startDate="2026-03-01 08:00:00 -0800" endDate="2026-03-01 09:00:00 -0800" value="4000"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" startDate="2026-03-01 18:00:00 -0800" endDate="2026-03-01 19:00:00 -0800" value="3000"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Watch" unit="count" startDate="2026-03-01 08:00:00 -0800" endDate="2026-03-01 09:00:00 -0800" value="6500"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" startDate="2026-03-01 23:30:00 -0800" endDate="2026-03-01 23:40:00 -0800" value="100"/>
 <Record type="HKQuantityTypeIdentifierActiveEnergyBurned" sourceName="Watch" unit="kcal" startDate="2026-03-01 08:00:00 -0800" endDate="2026-03-01 09:00:00 -0800" value="250"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" totalDistance="5" totalDistanceUnit="km" startDate="2026-03-01 07:30:00 -0800" endDate="2026-03-01 08:00:00 -0800">
  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" sum="320" unit="kcal"/>
 </Workout>
 <Workout workoutActivityType="HKWorkoutActivityTypeYoga" duration="1" durationUnit="hr" startDate="2026-03-02 19:00:00 -0800" endDate="2026-03-02 20:00:00 -0800"/>
</HealthData>`;

/** A one-entry deflated zip, as the Health app's share sheet writes it. */
function zipOf(name: string, text: string): Buffer {
  const data = deflateRawSync(Buffer.from(text));
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(Buffer.byteLength(text), 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(Buffer.byteLength(text), 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + nameBuf.length, 12);
  eocd.writeUInt32LE(30 + nameBuf.length + data.length, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, eocd]);
}

describe('activities (real stores)', () => {
  let t: TestApp;
  let u: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    u = await signUp(t, { timeZone: 'America/Los_Angeles' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists at least 80 Compendium activities with codes', async () => {
    const r = await call<{ code: string }[]>(t, u, 'GET', '/activities/types');
    expect(r.body.length).toBeGreaterThanOrEqual(80);
  });

  it('needs a weight, then computes MET × kg × h with the weight on that date', async () => {
    const body = { type: '12050', startedAt: '2026-02-10T16:00:00Z', durationMin: 30 };
    expect((await call(t, u, 'POST', '/activities', body)).status).toBe(409);
    await call(t, u, 'POST', '/body/weights', { date: '2026-01-01', weightKg: 70 });
    await call(t, u, 'POST', '/body/weights', { date: '2026-03-01', weightKg: 90 });
    const r = await call<Activity>(t, u, 'POST', '/activities', body);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ date: '2026-02-10', metCode: '12050', energyKcal: 343 });
    const page = await call<{ items: Activity[]; nextCursor: string | null }>(
      t,
      u,
      'GET',
      '/activities?limit=1',
    );
    expect(page.body.items).toHaveLength(1);
  });

  it('imports a CSV in the background with progress', async () => {
    const csv =
      'started_at,type,duration_min,distance_m\n2026-02-11T07:00:00-08:00,walking_brisk,60,5600\n2026-02-12T07:00:00-08:00,nope,10,\n';
    const start = await call<Import>(t, u, 'POST', '/activities/imports/csv', { csv });
    expect(start.status).toBe(202);
    const done = await waitImport(t, u, start.body.id);
    expect(done).toMatchObject({ status: 'completed', progress: 100, counts: { activities: 1, skipped: 1 } });
  });

  it('streams an Apple Health export: workouts, steps per local day (largest source), body mass', async () => {
    const form = new FormData();
    form.append('file', new Blob([APPLE], { type: 'application/xml' }), 'export.xml');
    const res = await fetch(`${t.url}/api/v1/activities/imports/apple-health`, {
      method: 'POST',
      headers: u.auth,
      body: form,
    });
    expect(res.status).toBe(202);
    const done = await waitImport(t, u, ((await res.json()) as Import).id);
    expect(done).toMatchObject({ status: 'completed', counts: { activities: 2, stepDays: 1, weights: 1 } });
    const steps = await call<{ date: string; steps: number; activeEnergyKcal: number }[]>(
      t,
      u,
      'GET',
      '/activities/steps?from=2026-03-01&to=2026-03-02',
    );
    // iPhone 4,000 + 3,000 + 100 = 7,100 beats the watch's 6,500; 23:30 PST is still 1 March locally.
    expect(steps.body).toEqual([{ date: '2026-03-01', steps: 7100, activeEnergyKcal: 250 }]);
    const list = await call<{ items: Activity[] }>(t, u, 'GET', '/activities?from=2026-03-01&to=2026-03-02');
    const byDate = Object.fromEntries(list.body.items.map((a) => [a.date, a]));
    expect(byDate['2026-03-01']).toMatchObject({ energyKcal: 320, energyMethod: 'device' });
    // Yoga 2.5 MET × 72 kg (weighed on 1 March in the same file) × 1 h = 180 kcal.
    expect(byDate['2026-03-02']).toMatchObject({ energyKcal: 180, energyMethod: 'met' });
    // Re-importing the same file adds nothing.
    const again = await fetch(`${t.url}/api/v1/activities/imports/apple-health`, {
      method: 'POST',
      headers: u.auth,
      body: form,
    });
    const second = await waitImport(t, u, ((await again.json()) as Import).id);
    expect(second.counts.activities).toBe(0);
  });

  it('accepts the export.zip Apple Health produces and streams export.xml out of it', async () => {
    const v = await signUp(t, { timeZone: 'America/Los_Angeles' });
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(zipOf('apple_health_export/export.xml', APPLE))], { type: 'application/zip' }),
      'export.zip',
    );
    const res = await fetch(`${t.url}/api/v1/activities/imports/apple-health`, {
      method: 'POST',
      headers: v.auth,
      body: form,
    });
    const done = await waitImport(t, v, ((await res.json()) as Import).id);
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      counts: { activities: 2, stepDays: 1, weights: 1 },
    });
  });

  it('daily summary shows burned energy and steps', async () => {
    const s = await call<{ energy: { burnedKcal: number }; steps: { consumed: number } }>(
      t,
      u,
      'GET',
      '/summary/daily?date=2026-03-01',
    );
    expect(s.body.energy.burnedKcal).toBe(320);
    expect(s.body.steps.consumed).toBe(7100);
  });
});
