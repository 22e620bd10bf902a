import type { DailySummaryOut, LoggedEntry, ProductInfo, TargetsOut } from '../tools/tool-outputs';
import type { PlanReadyOut, PlannedMealOut, ReplyKit, WeeklyOut } from './offline-replies';

const r = (n: number | null | undefined): string =>
  n === null || n === undefined ? '?' : String(Math.round(n));

const MEALS: Record<string, string> = {
  breakfast: 'el desayuno',
  lunch: 'la comida',
  dinner: 'la cena',
  snacks: 'la merienda',
};
const meal = (slot: string): string => MEALS[slot] ?? slot;

const WARNINGS: Record<string, string> = {
  'rate-unsafe': 'Ese ritmo es más rápido de lo seguro; he planificado uno más suave.',
  'floor-applied': 'He mantenido tu energía en un mínimo seguro, no más baja.',
  'below-floor-coach-override': 'Tu coach lo ha fijado por debajo del mínimo seguro habitual.',
  'user-override-below-floor': 'Tu propio objetivo está por debajo del mínimo seguro habitual.',
};

/** The offline coach's replies in Spanish: the same facts as the English kit, other words. */
export const repliesEs: ReplyKit = {
  help: (available: string[]): string =>
    [
      'Esto es lo que puedo hacer por ti:',
      available.includes('log_food')
        ? '• Registrar comida: "he comido 2 huevos y una tostada" o "150 g de yogur griego en la comida"'
        : null,
      available.includes('lookup_barcode')
        ? '• Consultar un producto: escribe o pega su código de barras'
        : null,
      available.includes('get_daily_summary')
        ? '• "¿Cómo voy hoy?" para tus calorías y macros frente a tus objetivos'
        : null,
      available.includes('get_targets') ? '• "¿Cuáles son mis objetivos?"' : null,
      available.includes('generate_meal_plan') ? '• "Hazme un plan de comidas"' : null,
      '• "¿Qué debería cenar?" para una sugerencia',
    ]
      .filter(Boolean)
      .join('\n'),
  greeting: (name: string): string =>
    `¡Hola! Soy ${name}, tu coach de nutrición y actividad. Cuéntame qué has comido, pregúntame cómo vas hoy o escribe "ayuda" para ver todo lo que puedo hacer.`,
  unknown: (): string =>
    'No te he entendido del todo. Puedes registrar comida ("2 huevos en el desayuno"), pegar un código de barras, preguntar "¿cómo voy hoy?" o escribir "ayuda".',
  unavailable: (what: string): string => `${what} todavía no está disponible en este servidor.`,
  toolFailed: (what: string, error: string | undefined): string =>
    `No he podido ${what}: ${error ?? 'algo ha fallado'}.`,
  product: (p: ProductInfo): string => {
    const per = p.per100g;
    const serving = p.servingSizeG ? ` Una ración son ${r(p.servingSizeG)} g.` : '';
    const score = p.nutriScore ? ` Nutri-Score ${p.nutriScore.toUpperCase()}.` : '';
    return `${p.name}${p.brand ? ` (${p.brand})` : ''}: por 100 g ${r(per.energyKcal)} kcal, ${r(per.proteinG)} g de proteína, ${r(per.carbsG)} g de hidratos, ${r(per.fatG)} g de grasa.${serving}${score} Datos de Open Food Facts (ODbL).`;
  },
  logged: (e: LoggedEntry, day: DailySummaryOut | null): string => {
    const rest =
      day && day.energy.remainingKcal !== null
        ? ` Llevas ${r(day.energy.consumedKcal)} de ${r(day.energy.targetKcal)} kcal hoy; te quedan ${r(day.energy.remainingKcal)} kcal.`
        : day
          ? ` Llevas ${r(day.energy.consumedKcal)} kcal hoy.`
          : '';
    return `He registrado ${e.quantity} ${e.unit === 'serving' ? 'ración(es)' : e.unit} de ${e.name} en ${meal(e.meal)}: ${r(e.energyKcal)} kcal, ${r(e.proteinG)} g de proteína.${rest}`;
  },
  proposeOne: (name: string, quantity: string, m: string): string =>
    `¿Registro ${quantity} de ${name} en ${meal(m)}? Responde "sí" para registrarlo o "no" para cancelar.`,
  proposeMany: (options: string[], quantity: string, m: string): string =>
    `He encontrado varias opciones. ¿Cuál registro (${quantity}, ${meal(m)})?\n${options.map((o, i) => `${i + 1}. ${o}`).join('\n')}\nResponde con el número, o "no" para cancelar.`,
  askQuantity: (name: string): string => `¿Cuánto ${name} has tomado? Por ejemplo "150 g" o "2 raciones".`,
  notFound: (what: string): string =>
    `No he encontrado ${what} en la base de alimentos. Prueba con un código de barras u otro nombre.`,
  cancelled: (): string => 'Vale, no he registrado nada.',
  daily: (s: DailySummaryOut, label: string): string => {
    const energy =
      s.energy.targetKcal !== null
        ? `${r(s.energy.consumedKcal)} de ${r(s.energy.targetKcal)} kcal comidas${s.energy.burnedKcal ? `, ${r(s.energy.burnedKcal)} kcal quemadas` : ''}, te quedan ${r(s.energy.remainingKcal)} kcal`
        : `${r(s.energy.consumedKcal)} kcal comidas (aún sin objetivo)`;
    const macro = (n: string, m: DailySummaryOut['protein']) =>
      `${n} ${r(m.consumed)}${m.target !== null ? `/${r(m.target)}` : ''} g`;
    const nudge =
      s.entries === 0 ? ' Aún no hay nada registrado: empieza con tu próxima comida.' : ' Vas bien.';
    return `${label}: ${energy}. ${macro('Proteína', s.protein)}, ${macro('hidratos', s.carbs)}, ${macro('grasa', s.fat)}.${s.streakDays ? ` Racha: ${s.streakDays} día(s).` : ''}${nudge}`;
  },
  targets: (t: TargetsOut): string =>
    `Tus objetivos diarios: ${r(t.energyKcal)} kcal, ${r(t.proteinG)} g de proteína, ${r(t.carbsG)} g de hidratos, ${r(t.fatG)} g de grasa${t.formula ? ` (${t.formula})` : ''}.${
      t.warnings.length
        ? ` ${t.warnings
            .map((w) => WARNINGS[w] ?? '')
            .filter(Boolean)
            .join(' ')}`
        : ''
    }`.trimEnd(),
  remembered: (): string => 'Entendido, lo recordaré.',
  suggestPlanned: (m: string, p: PlannedMealOut): string =>
    `Para ${meal(m)} tu plan tiene ${p.items.map((i) => `${r(i.grams)} g de ${i.name.split(',')[0].toLowerCase()}`).join(', ')}: unas ${r(p.energyKcal)} kcal.`,
  suggestFromBudget: (m: string, leftKcal: number | null): string =>
    leftKcal === null
      ? `Para ${meal(m)}, combina una proteína (huevos, tofu, pescado o pollo), un cereal integral o patata y mucha verdura.`
      : leftKcal <= 150
        ? `Te quedan ${r(leftKcal)} kcal hoy, así que haz ${meal(m)} ligera: verdura con una proteína magra como huevos, tofu o pescado blanco.`
        : `Te quedan ${r(leftKcal)} kcal hoy. Para ${meal(m)}, apunta a unas ${r(Math.min(leftKcal, 800))} kcal: una palma de proteína (huevos, tofu, pescado o pollo), un puño de cereal integral o patata y media plato de verdura.`,
  diary: (
    label: string,
    entries: { meal: string; name: string; energyKcal: number }[],
    totalKcal: number,
  ): string =>
    entries.length
      ? `${label} registraste ${entries.map((e) => `${e.name} (${meal(e.meal)}, ${r(e.energyKcal)} kcal)`).join('; ')}: ${r(totalKcal)} kcal en total.`
      : `${label} no registraste nada.`,
  proposeItems: (items: string[], m: string): string =>
    `¿Registro ${items.join(' y ')} en ${meal(m)}? Responde "sí" para registrarlo o "no" para cancelar.`,
  loggedItems: (entries: LoggedEntry[], day: DailySummaryOut | null): string =>
    `He registrado ${entries.map((e) => `${e.name} (${r(e.energyKcal)} kcal)`).join(', ')} en ${meal(entries[0]?.meal ?? '')}.` +
    (day && day.energy.remainingKcal !== null
      ? ` Llevas ${r(day.energy.consumedKcal)} de ${r(day.energy.targetKcal)} kcal hoy; te quedan ${r(day.energy.remainingKcal)} kcal.`
      : ''),
  mealName: meal,
  weekly: (w: WeeklyOut | undefined): string =>
    w
      ? `Semana del ${w.weekStart} al ${w.weekEnd}: ${w.daysLogged} día(s) registrados, media de ${r(w.averages.consumedKcal)} kcal y ${r(w.averages.proteinG)} g de proteína${w.adherencePercent !== null ? `, en objetivo el ${r(w.adherencePercent)} % de los días` : ''}, ${w.workouts} entrenamiento(s).`
      : 'No he podido preparar tu semana.',
  planReady: (p: PlanReadyOut | undefined): string =>
    p
      ? `Tu plan para la semana del ${p.weekStart} está listo. ${p.firstDay.date}: ${p.firstDay.meals.map((m) => `${m.name} (${r(m.energyKcal)} kcal)`).join('; ')}; ${r(p.firstDay.energyKcal)} kcal en total.`
      : 'Tu plan está listo en la pestaña Plan.',
  labels: { today: 'Hoy', yesterday: 'Ayer', todayDiary: 'Hoy', yesterdayDiary: 'Ayer' },
  recalled: (hits: { content: string; createdAt: string }[], query: string): string =>
    hits.length
      ? `Esto es lo que encontré sobre "${query}":\n${hits.map((h) => `• ${h.createdAt.slice(0, 10)}: "${h.content.slice(0, 160)}"`).join('\n')}`
      : `No encontré nada de lo que dijiste sobre "${query}".`,
};
