/** Every react-query key in one registry, so invalidation is never a guess. */
export const queryKeys = {
  health: { ready: ['health', 'ready'] as const },
  meta: ['meta'] as const,
  me: ['me'] as const,
  summary: {
    all: ['summary'] as const,
    daily: (date: string) => ['summary', 'daily', date] as const,
    weekly: (weekOf: string) => ['summary', 'weekly', weekOf] as const,
  },
  diary: {
    all: ['diary'] as const,
    day: (date: string) => ['diary', 'day', date] as const,
  },
  targets: ['targets'] as const,
  foodPreferences: ['food-preferences'] as const,
  goal: ['goal'] as const,
  apiKeys: ['api-keys'] as const,
  body: {
    all: ['body'] as const,
    weightTrend: (from: string, to: string) => ['body', 'trend', from, to] as const,
  },
  checkins: ['checkins'] as const,
  telegram: { link: ['telegram', 'link'] as const },
  products: {
    byCode: (code: string) => ['products', 'code', code] as const,
    search: (q: string) => ['products', 'search', q] as const,
  },
  conversations: {
    all: ['conversations'] as const,
    one: (id: string) => ['conversations', id] as const,
    messages: (id: string) => ['conversations', id, 'messages'] as const,
  },
};
