import type { DailySummaryDto, WeeklySummaryDto } from '@welness/progress';

const r = (n: number | null) => (n === null ? '?' : String(Math.round(n)));

/** The one next step that matters most today, chosen from the day's real numbers. */
export function dailyCheckin(s: DailySummaryDto): string {
  const energy =
    s.energy.targetKcal !== null
      ? `${r(s.energy.consumedKcal)} of ${r(s.energy.targetKcal)} kcal`
      : `${r(s.energy.consumedKcal)} kcal`;
  const head =
    s.entries === 0
      ? 'Evening check-in: nothing logged today yet.'
      : `Evening check-in: ${energy} today, protein ${r(s.protein.consumed)}${s.protein.target !== null ? `/${r(s.protein.target)}` : ''} g.`;
  let step: string;
  if (s.entries === 0) step = 'One step: log your next meal, even roughly; it keeps your streak going.';
  else if (s.protein.target !== null && s.protein.consumed < s.protein.target * 0.7)
    step = 'One step: add a protein source to your next meal (yogurt, eggs, beans or tofu).';
  else if (s.energy.remainingKcal !== null && s.energy.remainingKcal < -150)
    step = 'One step: a 20-minute walk and an earlier, lighter dinner tomorrow.';
  else if (s.water.target !== null && s.water.consumed < s.water.target * 0.6)
    step = 'One step: have a glass of water now and keep a bottle nearby tomorrow.';
  else step = 'One step: keep doing exactly this tomorrow; consistency wins.';
  return `${head}${s.streak.current > 1 ? ` Streak: ${s.streak.current} days.` : ''} ${step}`;
}

export function weeklyCheckin(w: WeeklySummaryDto): string {
  const adherence =
    w.adherencePercent !== null ? `on target ${r(w.adherencePercent)} % of days` : 'no targets yet';
  const head = `Weekly check-in (${w.weekStart} to ${w.weekEnd}): ${w.daysLogged} day(s) logged, ${adherence}, average ${r(w.averages.consumedKcal)} kcal, ${w.workouts} workout(s).`;
  const step =
    w.daysLogged < 4
      ? 'Next week: aim to log at least 5 days; breakfasts are the easiest to start with.'
      : w.adherencePercent !== null && w.adherencePercent < 50
        ? 'Next week: plan two dinners ahead; it is the simplest way to land near your target.'
        : w.workoutsTarget !== null && w.workouts < w.workoutsTarget
          ? 'Next week: put your workouts in your calendar now.'
          : 'Next week: keep the rhythm; you are doing well.';
  return `${head} ${step}`;
}
