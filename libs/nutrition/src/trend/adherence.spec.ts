import { energyAdherence, isOnTarget } from './adherence';

const day = (
  date: string,
  consumedKcal: number,
  targetKcal: number | null = 2000,
  logged = consumedKcal > 0,
) => ({
  date,
  consumedKcal,
  targetKcal,
  logged,
});

describe('energy adherence over a window of days', () => {
  it('counts ±10 % of the target as on target, and no more', () => {
    expect(isOnTarget(2200, 2000)).toBe(true);
    expect(isOnTarget(1800, 2000)).toBe(true);
    expect(isOnTarget(2201, 2000)).toBe(false);
    expect(isOnTarget(1799, 2000)).toBe(false);
  });

  it('judges logged days only; averages over the logged days', () => {
    const r = energyAdherence(
      [
        day('2026-03-01', 2000),
        day('2026-03-02', 0),
        day('2026-03-03', 2500),
        day('2026-03-04', 1900),
        day('2026-03-05', 0),
      ],
      '2026-03-06',
    );
    expect(r).toEqual({
      daysLogged: 3,
      averageKcal: 2133.3,
      averageTargetKcal: 2000,
      daysOnTarget: 2,
      adherencePercent: 66.7,
    });
  });

  it('counts today only once it is on target (the day is not over)', () => {
    expect(
      energyAdherence([day('2026-03-05', 2000), day('2026-03-06', 600)], '2026-03-06').adherencePercent,
    ).toBe(100);
    expect(
      energyAdherence([day('2026-03-05', 600), day('2026-03-06', 2000)], '2026-03-06').adherencePercent,
    ).toBe(50);
  });

  it('says nothing without logged days or without targets', () => {
    expect(energyAdherence([day('2026-03-01', 0), day('2026-03-02', 0, 1800)], '2026-03-03')).toEqual({
      daysLogged: 0,
      averageKcal: 0,
      averageTargetKcal: 1900,
      daysOnTarget: 0,
      adherencePercent: null,
    });
    const none = energyAdherence([day('2026-03-01', 1500, null)], '2026-03-03');
    expect(none.averageTargetKcal).toBeNull();
    expect(none.adherencePercent).toBeNull();
    expect(none.daysLogged).toBe(1);
  });

  it('averages training- and rest-day targets of the logged days', () => {
    const r = energyAdherence(
      [day('2026-03-01', 2400, 2400), day('2026-03-02', 2000, 2000), day('2026-03-03', 0, 2400)],
      '2026-03-04',
    );
    expect(r.averageTargetKcal).toBe(2200);
    expect(r.adherencePercent).toBe(100);
  });
});
