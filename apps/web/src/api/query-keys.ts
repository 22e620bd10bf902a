/** Every react-query key in one registry, so invalidation is never a guess. */
export const queryKeys = {
  health: { ready: ['health', 'ready'] as const },
  meta: ['meta'] as const,
};
