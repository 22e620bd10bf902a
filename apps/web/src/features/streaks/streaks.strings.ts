import { registerStrings, type Translation } from '../../i18n/register';

const en = {
  title: 'Streak calendar',
  intro: 'The last {{days}} days: a filled day has at least one diary entry; a dot marks a workout.',
  current_one: 'Current streak: {{count}} day',
  current_other: 'Current streak: {{count}} days',
  longest_one: 'Longest: {{count}} day',
  longest_other: 'Longest: {{count}} days',
  logged: 'Logged {{logged}} of {{days}} days ({{percent}})',
  workouts_one: '{{count}} day with a workout',
  workouts_other: '{{count}} days with a workout',
  caption: 'Diary and workouts, {{from}} to {{to}}',
  weekOf: 'Week of {{date}}',
  day: {
    logged_one: '{{date}}: logged, {{count}} entry',
    logged_other: '{{date}}: logged, {{count}} entries',
    empty: '{{date}}: nothing logged',
    workouts_one: ', {{count}} workout',
    workouts_other: ', {{count}} workouts',
    today: ' (today)',
  },
  legend: {
    logged: 'Logged',
    empty: 'Nothing logged',
    workout: 'Workout',
    today: 'Today',
  },
  toDiary: 'Log something today in the diary',
};

const es: Translation<typeof en> = {
  title: 'Calendario de rachas',
  intro: 'Los últimos {{days}} días: un día relleno tiene al menos una entrada en el diario; un punto marca un entrenamiento.',
  current_one: 'Racha actual: {{count}} día',
  current_other: 'Racha actual: {{count}} días',
  longest_one: 'La más larga: {{count}} día',
  longest_other: 'La más larga: {{count}} días',
  logged: 'Registrados {{logged}} de {{days}} días ({{percent}})',
  workouts_one: '{{count}} día con entrenamiento',
  workouts_other: '{{count}} días con entrenamiento',
  caption: 'Diario y entrenamientos, del {{from}} al {{to}}',
  weekOf: 'Semana del {{date}}',
  day: {
    logged_one: '{{date}}: registrado, {{count}} entrada',
    logged_other: '{{date}}: registrado, {{count}} entradas',
    empty: '{{date}}: nada registrado',
    workouts_one: ', {{count}} entrenamiento',
    workouts_other: ', {{count}} entrenamientos',
    today: ' (hoy)',
  },
  legend: {
    logged: 'Registrado',
    empty: 'Nada registrado',
    workout: 'Entrenamiento',
    today: 'Hoy',
  },
  toDiary: 'Registra algo hoy en el diario',
};

registerStrings('streaks', { en, es });
