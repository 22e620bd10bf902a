/** Every react-query key in one registry, so invalidation is never a guess. */
export const queryKeys = {
  health: { ready: ['health', 'ready'] as const },
  meta: ['meta'] as const,
  me: ['me'] as const,
  summary: {
    all: ['summary'] as const,
    daily: (date: string) => ['summary', 'daily', date] as const,
    weekly: (weekOf: string) => ['summary', 'weekly', weekOf] as const,
    calendar: (days: number) => ['summary', 'calendar', days] as const,
  },
  diary: {
    all: ['diary'] as const,
    day: (date: string) => ['diary', 'day', date] as const,
  },
  targets: ['targets'] as const,
  foodPreferences: ['food-preferences'] as const,
  goal: ['goal'] as const,
  goalProgress: ['goal', 'progress'] as const,
  apiKeys: ['api-keys'] as const,
  body: {
    all: ['body'] as const,
    weightTrend: (from: string, to: string) => ['body', 'trend', from, to] as const,
    weights: (from: string, to: string) => ['body', 'weights', from, to] as const,
    measurements: (name: string) => ['body', 'measurements', name] as const,
  },
  checkins: ['checkins'] as const,
  telegram: { link: ['telegram', 'link'] as const },
  products: {
    byCode: (code: string) => ['products', 'code', code] as const,
    search: (q: string) => ['products', 'search', q] as const,
  },
  workouts: {
    all: ['workouts'] as const,
    exercises: ['workouts', 'exercises'] as const,
    routines: ['workouts', 'routines'] as const,
    routine: (id: string) => ['workouts', 'routines', id] as const,
    sessions: (limit: number) => ['workouts', 'sessions', 'list', limit] as const,
    session: (id: string) => ['workouts', 'sessions', id] as const,
    records: ['workouts', 'records'] as const,
  },
  conversations: {
    all: ['conversations'] as const,
    one: (id: string) => ['conversations', id] as const,
    messages: (id: string) => ['conversations', id, 'messages'] as const,
  },
  imports: {
    all: ['imports'] as const,
    activity: (id: string) => ['imports', 'activity', id] as const,
  },
  recipes: ['recipes'] as const,
  savedMeals: ['saved-meals'] as const,
  userFoods: ['user-foods'] as const,
};
