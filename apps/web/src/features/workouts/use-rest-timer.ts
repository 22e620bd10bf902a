import { useCallback, useEffect, useState } from 'react';
import { type RestTimer, adjustRest, idleTimer, pauseRest, remainingSeconds, resumeRest, skipRest, startRest, tick } from './rest-timer';

/**
 * The rest timer of the workout screen: state from `rest-timer.ts`, re-read four times a
 * second while it runs (the deadline, not the ticks, decides the time left).
 */
export function useRestTimer(initialSeconds?: number) {
  const [timer, setTimer] = useState<RestTimer>(() => idleTimer(initialSeconds));
  const [now, setNow] = useState(() => Date.now());
  const running = timer.status === 'running';
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      setTimer((t) => tick(t, at));
    }, 250);
    return () => window.clearInterval(id);
  }, [running]);
  const act = useCallback((f: (t: RestTimer, at: number) => RestTimer) => {
    const at = Date.now();
    setNow(at);
    setTimer((t) => f(t, at));
  }, []);
  return {
    timer,
    seconds: remainingSeconds(timer, now),
    start: useCallback(() => act((t, at) => startRest(t, at)), [act]),
    pause: useCallback(() => act(pauseRest), [act]),
    resume: useCallback(() => act(resumeRest), [act]),
    adjust: useCallback((delta: number) => act((t, at) => adjustRest(t, at, delta)), [act]),
    skip: useCallback(() => act(skipRest), [act]),
  };
}

export type RestTimerControls = ReturnType<typeof useRestTimer>;
