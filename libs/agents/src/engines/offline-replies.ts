import type { DailySummaryOut, LoggedEntry, ProductInfo, TargetsOut } from '../tools/tool-outputs';

export interface WeeklyOut {
  weekStart: string;
  weekEnd: string;
  daysLogged: number;
  averages: { consumedKcal: number; proteinG: number };
  adherencePercent: number | null;
  workouts: number;
}
export interface PlanReadyOut {
  weekStart: string;
  firstDay: { date: string; meals: { slot: string; name: string; energyKcal: number }[]; energyKcal: number };
}

/** One planned meal as `get_planned_meals` returns it. */
export interface PlannedMealOut {
  meal: string;
  name: string;
  items: { name: string; grams: number }[];
  energyKcal: number;
}

const r = (n: number | null | undefined): string =>
  n === null || n === undefined ? '?' : String(Math.round(n));

/** Target warnings as a person reads them (the codes are for programs, never for the chat). */
const WARNING_WORDS: Record<string, string> = {
  'rate-unsafe': 'That pace is faster than is safe; I planned a gentler one.',
  'floor-applied': 'I kept your energy at a safe minimum rather than lower.',
  'below-floor-coach-override': 'Your coach set this below the usual safe minimum.',
  'user-override-below-floor': 'Your own target is below the usual safe minimum.',
};
export const warningWords = (codes: readonly string[]): string =>
  codes
    .map((c) => WARNING_WORDS[c] ?? '')
    .filter(Boolean)
    .join(' ');

/** Templated replies of the offline coach; every number comes from a tool result passed in. */
export const replies = {
  help: (available: string[]): string =>
    [
      'Here is what I can do for you:',
      available.includes('log_food')
        ? '• Log food: "log 2 servings of 3017620422003 for breakfast" or "I had 150 g greek yogurt for lunch"'
        : null,
      available.includes('lookup_barcode') ? '• Look up a product: type or paste its barcode' : null,
      available.includes('get_daily_summary')
        ? '• "How am I doing today?" for calories and macros against your targets'
        : null,
      available.includes('get_targets') ? '• "What are my targets?"' : null,
      available.includes('set_goal') ? '• Set a goal: "I want to lose 5 kg by June"' : null,
      available.includes('generate_meal_plan') ? '• "Make me a meal plan"' : null,
      available.includes('log_activity') ? '• Log activity: "I ran 30 minutes"' : null,
      available.includes('log_workout') ? '• Log a workout: "workout: 3 sets of 8 squats at 60 kg"' : null,
      '• Tell me about yourself ("I\'m 34, 178 cm, 80 kg, vegetarian, allergic to peanuts") and I will remember it',
      '• "Remember that …" to keep a note, "what did I say about …" to find it again',
    ]
      .filter(Boolean)
      .join('\n'),
  greeting: (name: string): string =>
    `Hi! I'm ${name}, your nutrition and fitness coach. Tell me what you ate, ask how your day is going, or type "help" to see everything I can do.`,
  unknown: (): string =>
    'I did not quite get that. You can log food ("2 eggs for breakfast"), paste a barcode, ask "how am I doing today?", or type "help" for the full list.',
  unavailable: (what: string): string =>
    `${what} is not available on this server yet, so I cannot do that right now. Type "help" to see what I can do.`,
  toolFailed: (what: string, error: string | undefined): string =>
    `I could not ${what}: ${error ?? 'something went wrong'}.`,

  product: (p: ProductInfo): string => {
    const per = p.per100g;
    const serving = p.servingSizeG ? ` A serving is ${r(p.servingSizeG)} g.` : '';
    const score = p.nutriScore ? ` Nutri-Score ${p.nutriScore.toUpperCase()}.` : '';
    return `${p.name}${p.brand ? ` (${p.brand})` : ''}: per 100 g ${r(per.energyKcal)} kcal, ${r(per.proteinG)} g protein, ${r(per.carbsG)} g carbs, ${r(per.fatG)} g fat.${serving}${score} Data from Open Food Facts (ODbL). Say "log 1 serving for breakfast" style to add it.`;
  },
  logged: (e: LoggedEntry, day: DailySummaryOut | null): string => {
    const rest =
      day && day.energy.remainingKcal !== null
        ? ` You are at ${r(day.energy.consumedKcal)} of ${r(day.energy.targetKcal)} kcal today, ${r(day.energy.remainingKcal)} kcal left.`
        : day
          ? ` That makes ${r(day.energy.consumedKcal)} kcal today.`
          : '';
    const unit = e.unit === 'serving' && e.quantity !== 1 ? 'servings' : e.unit;
    return `Logged ${e.quantity} ${unit} of ${e.name} for ${e.meal}: ${r(e.energyKcal)} kcal, ${r(e.proteinG)} g protein, ${r(e.carbsG)} g carbs, ${r(e.fatG)} g fat.${rest}`;
  },
  proposeOne: (name: string, quantity: string, meal: string): string =>
    `Shall I log ${quantity} of ${name} for ${meal}? Reply "yes" to log it or "no" to cancel.`,
  proposeMany: (options: string[], quantity: string, meal: string): string =>
    `I found a few matches. Which one should I log (${quantity}, ${meal})?\n${options.map((o, i) => `${i + 1}. ${o}`).join('\n')}\nReply with the number, or "no" to cancel.`,
  askQuantity: (name: string): string =>
    `How much ${name} did you have? For example "150 g" or "2 servings".`,
  notFound: (what: string): string =>
    `I could not find ${what} in the food database. Try a barcode or another name.`,
  cancelled: (): string => 'Okay, I did not log anything.',

  daily: (s: DailySummaryOut, label: string): string => {
    const macro = (n: string, m: DailySummaryOut['protein']) =>
      `${n} ${r(m.consumed)}${m.target !== null ? `/${r(m.target)}` : ''} g`;
    const energy =
      s.energy.targetKcal !== null
        ? `${r(s.energy.consumedKcal)} of ${r(s.energy.targetKcal)} kcal eaten${s.energy.burnedKcal ? `, ${r(s.energy.burnedKcal)} kcal burned` : ''}, ${r(s.energy.remainingKcal)} kcal left`
        : `${r(s.energy.consumedKcal)} kcal eaten (no target set yet)`;
    const nudge =
      s.entries === 0
        ? ' Nothing logged yet: start with your next meal.'
        : s.energy.remainingKcal !== null && s.energy.remainingKcal < 0
          ? ' You are over target today; a light, protein-rich dinner and a walk will even it out.'
          : s.protein.target !== null && s.protein.consumed < s.protein.target * 0.6
            ? ' Protein is on the low side; add some at your next meal.'
            : ' Nicely on track.';
    return `${label}: ${energy}. ${macro('Protein', s.protein)}, ${macro('carbs', s.carbs)}, ${macro('fat', s.fat)}.${s.streakDays ? ` Streak: ${s.streakDays} day(s).` : ''}${nudge}`;
  },
  targets: (t: TargetsOut): string =>
    `Your daily targets: ${r(t.energyKcal)} kcal, ${r(t.proteinG)} g protein, ${r(t.carbsG)} g carbs, ${r(t.fatG)} g fat${t.formula ? ` (${t.formula})` : ''}.${t.warnings.length ? ` ${warningWords(t.warnings)}` : ''}`.trimEnd(),
  remembered: (): string => 'Got it, I will remember that.',
  suggestPlanned: (meal: string, m: PlannedMealOut): string =>
    `For ${meal} your plan has ${m.items.map((i) => `${r(i.grams)} g ${i.name.split(',')[0].toLowerCase()}`).join(', ')}: about ${r(m.energyKcal)} kcal.`,
  suggestFromBudget: (meal: string, leftKcal: number | null): string =>
    leftKcal === null
      ? `For ${meal}, build the plate from a protein (eggs, tofu, fish or chicken), a whole grain or potatoes and plenty of vegetables. Set your targets and I can size it for you.`
      : leftKcal <= 150
        ? `You have ${r(leftKcal)} kcal left today, so keep ${meal} light: vegetables with a lean protein such as eggs, tofu or white fish.`
        : `You have ${r(leftKcal)} kcal left today. For ${meal}, aim for about ${r(Math.min(leftKcal, 800))} kcal: a palm of protein (eggs, tofu, fish or chicken), a fist of whole grains or potatoes and half a plate of vegetables.`,
  diary: (
    label: string,
    entries: { meal: string; name: string; energyKcal: number }[],
    totalKcal: number,
  ): string =>
    entries.length
      ? `${label} you logged ${entries.map((e) => `${e.name} (${e.meal}, ${r(e.energyKcal)} kcal)`).join('; ')}: ${r(totalKcal)} kcal in total.`
      : `${label} you logged nothing.`,
  proposeItems: (items: string[], meal: string): string =>
    `Shall I log ${items.join(' and ')} for ${meal}? Reply "yes" to log it or "no" to cancel.`,
  loggedItems: (entries: LoggedEntry[], day: DailySummaryOut | null): string =>
    `Logged ${entries.map((e) => `${e.name} (${r(e.energyKcal)} kcal)`).join(', ')} for ${entries[0]?.meal ?? 'this meal'}.` +
    (day && day.energy.remainingKcal !== null
      ? ` You are at ${r(day.energy.consumedKcal)} of ${r(day.energy.targetKcal)} kcal today, ${r(day.energy.remainingKcal)} kcal left.`
      : ''),
  mealName: (slot: string): string => slot,
  /** English uses the tools' own text for these; other languages build theirs from the data. */
  weekly: (w: WeeklyOut | undefined, toolText: string): string =>
    toolText || (w ? `Week ${w.weekStart} to ${w.weekEnd}.` : ''),
  planReady: (p: PlanReadyOut | undefined, toolText: string): string =>
    toolText || (p ? `Your plan for the week of ${p.weekStart} is ready.` : ''),
  labels: { today: 'Today so far', yesterday: 'Yesterday', todayDiary: 'Today', yesterdayDiary: 'Yesterday' },
  recalled: (hits: { content: string; createdAt: string }[], query: string): string =>
    hits.length
      ? `Here is what I found about "${query}":\n${hits.map((h) => `• ${h.createdAt.slice(0, 10)}: "${h.content.slice(0, 160)}"`).join('\n')}`
      : `I could not find anything you said about "${query}".`,
};

export type ReplyKit = typeof replies;
export type { CoachLanguage } from './offline-language';
