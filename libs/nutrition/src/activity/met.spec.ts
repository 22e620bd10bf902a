import { APPLE_WORKOUT_TYPES, MET_ACTIVITIES, metActivity, metEnergyKcal } from './met.table';

describe('MET table (2011 Compendium)', () => {
  it('holds at least 80 activities with unique keys and five-digit codes', () => {
    expect(MET_ACTIVITIES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(MET_ACTIVITIES.map((a) => a.key)).size).toBe(MET_ACTIVITIES.length);
    expect(new Set(MET_ACTIVITIES.map((a) => a.code)).size).toBe(MET_ACTIVITIES.length);
    for (const a of MET_ACTIVITIES) expect(a.code).toMatch(/^\d{5}$/);
  });

  it('2011 Compendium code 12050 "running, 6 mph (10 min/mile)" is 9.8 METs; 70 kg for 30 min → 343 kcal', () => {
    const run = metActivity('12050');
    expect(run?.met).toBe(9.8);
    expect(metEnergyKcal(run!.met, 70, 30)).toBeCloseTo(343, 6);
  });

  it('2011 Compendium code 17200 "walking, 3.5 mph, brisk" is 4.3 METs; 80 kg for 1 h → 344 kcal', () => {
    expect(metEnergyKcal(metActivity('walking_brisk')!.met, 80, 60)).toBeCloseTo(344, 6);
  });

  it('maps every Apple Health workout type to an activity in the table', () => {
    for (const key of Object.values(APPLE_WORKOUT_TYPES)) expect(metActivity(key), key).toBeDefined();
  });
});
