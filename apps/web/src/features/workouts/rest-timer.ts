/**
 * The rest between sets as plain state and pure transitions on a clock reading (ms), so the
 * countdown is exact however often the screen repaints, and testable without waiting.
 */
export type RestTimer =
  | { status: 'idle'; seconds: number }
  | { status: 'running'; seconds: number; endsAt: number }
  | { status: 'paused'; seconds: number; leftMs: number }
  | { status: 'done'; seconds: number };

export const DEFAULT_REST_SECONDS = 90;
const MAX_REST_SECONDS = 600;

export const idleTimer = (seconds = DEFAULT_REST_SECONDS): RestTimer => ({ status: 'idle', seconds });

/** Starts (or restarts) a full rest of `seconds` from now. */
export function startRest(timer: RestTimer, now: number, seconds = timer.seconds): RestTimer {
  const s = Math.min(Math.max(Math.round(seconds), 1), MAX_REST_SECONDS);
  return { status: 'running', seconds: s, endsAt: now + s * 1000 };
}

/** Milliseconds left (never below 0). */
export function remainingMs(timer: RestTimer, now: number): number {
  switch (timer.status) {
    case 'running':
      return Math.max(0, timer.endsAt - now);
    case 'paused':
      return timer.leftMs;
    case 'idle':
      return timer.seconds * 1000;
    case 'done':
      return 0;
  }
}

/** Whole seconds shown: rounded up, so "0:01" shows until the rest is really over. */
export const remainingSeconds = (timer: RestTimer, now: number) => Math.ceil(remainingMs(timer, now) / 1000);

/** Called on every tick: a running timer that reached zero is done. */
export function tick(timer: RestTimer, now: number): RestTimer {
  return timer.status === 'running' && now >= timer.endsAt ? { status: 'done', seconds: timer.seconds } : timer;
}

export function pauseRest(timer: RestTimer, now: number): RestTimer {
  return timer.status === 'running' ? { status: 'paused', seconds: timer.seconds, leftMs: remainingMs(timer, now) } : timer;
}

export function resumeRest(timer: RestTimer, now: number): RestTimer {
  return timer.status === 'paused' ? { status: 'running', seconds: timer.seconds, endsAt: now + timer.leftMs } : timer;
}

/**
 * Adds (or, negative, takes) seconds: to the running or paused rest, or to the next rest's
 * length while idle. Taking more than is left ends the rest.
 */
export function adjustRest(timer: RestTimer, now: number, deltaSeconds: number): RestTimer {
  const d = deltaSeconds * 1000;
  switch (timer.status) {
    case 'running': {
      const endsAt = Math.min(timer.endsAt + d, now + MAX_REST_SECONDS * 1000);
      return endsAt <= now ? { status: 'done', seconds: timer.seconds } : { ...timer, endsAt };
    }
    case 'paused': {
      const leftMs = Math.min(timer.leftMs + d, MAX_REST_SECONDS * 1000);
      return leftMs <= 0 ? { status: 'done', seconds: timer.seconds } : { ...timer, leftMs };
    }
    default:
      return { status: timer.status, seconds: Math.min(Math.max(timer.seconds + deltaSeconds, 15), MAX_REST_SECONDS) };
  }
}

export const skipRest = (timer: RestTimer): RestTimer => ({ status: 'idle', seconds: timer.seconds });

/** 90 → "1:30", 5 → "0:05". */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
