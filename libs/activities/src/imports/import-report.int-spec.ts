import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';

interface Import {
  id: string;
  status: string;
  progress: number;
  bytesRead: number;
  bytesTotal: number;
  counts: { activities: number; stepDays: number; weights: number; skipped: number };
  rowsProcessed: number;
  rowsPerSecond: number | null;
  etaSeconds: number | null;
  rejects: { line: number | null; message: string }[];
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

async function finished(t: TestApp, u: TestUser, id: string): Promise<Import> {
  for (let i = 0; i < 300; i++) {
    const r = await apiCall<Import>(t, u, 'GET', `/activities/imports/${id}`);
    if (r.body.status === 'completed' || r.body.status === 'failed') return r.body;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('import did not finish');
}

const EXPORT_WITH_BAD_ELEMENTS = `<?xml version="1.0" encoding="UTF-8"?>
<HealthData locale="en_US">
 <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Scale" unit="kg" startDate="2026-04-01 07:00:00 +0200" endDate="2026-04-01 07:00:00 +0200" value="71"/>
 <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Scale" unit="kg" startDate="2026-04-02 07:00:00 +0200" endDate="2026-04-02 07:00:00 +0200" value="7100"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" startDate="yesterday" endDate="2026-04-01 09:00:00 +0200" value="400"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" startDate="2026-04-01 08:00:00 +0200" endDate="2026-04-01 09:00:00 +0200" value="5200"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="45" durationUnit="min" startDate="2026-04-01 18:00:00 +0200" endDate="2026-04-01 18:45:00 +0200"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="0" durationUnit="min" startDate="2026-04-02 18:00:00 +0200" endDate="2026-04-02 18:00:00 +0200"/>
</HealthData>`;

describe('activity imports report their rate and rejects (real stores)', () => {
  let t: TestApp;
  let u: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    u = await signUp(t, { timeZone: 'Europe/Madrid' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a CSV that cannot be read fails its job at once, naming the line; a distance that is not a number is a reject', async () => {
    const broken = await apiCall<Import>(t, u, 'POST', '/activities/imports/csv', {
      csv: 'started_at,type,duration_min\n2026-02-11T07:00:00+01:00,walking_brisk,60\n"2026-02-12T07:00:00+01:00,jogging,30\n',
    });
    expect(broken.status).toBe(202);
    const failed = await finished(t, u, broken.body.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/^The CSV cannot be read at line \d+: /);
    expect(failed.counts.activities).toBe(0);

    const odd = await apiCall<Import>(t, u, 'POST', '/activities/imports/csv', {
      csv: 'started_at,type,duration_min,distance_m,energy_kcal\n2026-03-11T07:00:00+01:00,walking_brisk,60,far,200\n2026-03-12T07:00:00+01:00,walking_brisk,,,200\n',
    });
    const done = await finished(t, u, odd.body.id);
    expect(done).toMatchObject({
      status: 'completed',
      counts: { activities: 0, skipped: 2 },
      rejects: [
        { line: 2, message: 'distance_m must be a number of metres' },
        { line: 3, message: 'duration_min must be within 1–1440' },
      ],
    });
  });

  it('lists every rejected CSV row with its line and reason, and how fast the rows went', async () => {
    await apiCall(t, u, 'POST', '/body/weights', { date: '2026-01-01', weightKg: 70 });
    const csv = [
      'started_at,type,duration_min,distance_m',
      '2026-02-11T07:00:00+01:00,walking_brisk,60,5600',
      '2026-02-12T07:00:00+01:00,unicycling_backwards,10,',
      'last tuesday,jogging,30,',
      '2026-02-13T07:00:00+01:00,jogging,0,',
      '2026-02-14T07:00:00+01:00,jogging,25,4000',
    ].join('\n');
    const start = await apiCall<Import>(t, u, 'POST', '/activities/imports/csv', { csv });
    expect(start.status).toBe(202);
    expect(start.body).toMatchObject({ rowsProcessed: 0, rejects: [], startedAt: null });
    const done = await finished(t, u, start.body.id);
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      counts: { activities: 2, skipped: 3 },
      rowsProcessed: 5,
      etaSeconds: 0,
      rejects: [
        { line: 3, message: 'unknown activity type "unicycling_backwards"' },
        { line: 4, message: 'started_at must be an ISO 8601 date-time' },
        { line: 5, message: 'duration_min must be within 1–1440' },
      ],
    });
    expect(done.bytesRead).toBe(done.bytesTotal);
    expect(done.rowsPerSecond).toBeGreaterThan(0);
    expect(Date.parse(done.startedAt ?? '')).toBeLessThanOrEqual(Date.parse(done.finishedAt ?? ''));
  });

  it('names each Apple Health record or workout it left out, with no line number', async () => {
    const form = new FormData();
    form.append('file', new Blob([EXPORT_WITH_BAD_ELEMENTS], { type: 'application/xml' }), 'export.xml');
    const res = await fetch(`${t.url}/api/v1/activities/imports/apple-health`, {
      method: 'POST',
      headers: u.auth,
      body: form,
    });
    expect(res.status).toBe(202);
    const done = await finished(t, u, ((await res.json()) as Import).id);
    expect(done).toMatchObject({
      status: 'completed',
      counts: { activities: 1, stepDays: 1, weights: 1, skipped: 3 },
      rowsProcessed: 6,
      etaSeconds: 0,
    });
    expect(done.rejects).toEqual([
      { line: null, message: 'Record BodyMass on 2026-04-02: "7100 kg" is not a body weight' },
      { line: null, message: 'Record StepCount: startDate "yesterday" is not a date' },
      { line: null, message: 'Workout Running on 2026-04-02: duration "0" is not a positive number' },
    ]);
    // Another user never sees this import or its report.
    const other = await signUp(t);
    expect((await apiCall(t, other, 'GET', `/activities/imports/${done.id}`)).status).toBe(404);
  });
});
