import { describe, expect, it } from 'vitest';
import { adjustRest, clock, idleTimer, pauseRest, remainingSeconds, resumeRest, skipRest, startRest, tick } from './rest-timer';

const T0 = 1_000_000;

describe('rest timer', () => {
  it('counts down from the rest length to zero, then is done', () => {
    const t = startRest(idleTimer(90), T0);
    expect(remainingSeconds(t, T0)).toBe(90);
    expect(remainingSeconds(t, T0 + 200)).toBe(90);
    expect(remainingSeconds(t, T0 + 1000)).toBe(89);
    expect(remainingSeconds(t, T0 + 89_001)).toBe(1);
    expect(tick(t, T0 + 89_999).status).toBe('running');
    const done = tick(t, T0 + 90_000);
    expect(done.status).toBe('done');
    expect(remainingSeconds(done, T0 + 95_000)).toBe(0);
  });

  it('pauses without losing time, and resumes where it was', () => {
    const paused = pauseRest(startRest(idleTimer(60), T0), T0 + 20_000);
    expect(remainingSeconds(paused, T0 + 500_000)).toBe(40);
    const resumed = resumeRest(paused, T0 + 500_000);
    expect(remainingSeconds(resumed, T0 + 510_000)).toBe(30);
  });

  it('adds and takes 15 s; taking more than is left ends the rest', () => {
    const t = startRest(idleTimer(60), T0);
    expect(remainingSeconds(adjustRest(t, T0, 15), T0)).toBe(75);
    expect(remainingSeconds(adjustRest(t, T0 + 10_000, -15), T0 + 10_000)).toBe(35);
    expect(adjustRest(t, T0 + 50_000, -15).status).toBe('done');
    // While idle it changes the next rest's length, never below 15 s.
    expect(adjustRest(idleTimer(30), T0, -15).seconds).toBe(15);
    expect(adjustRest(idleTimer(15), T0, -15).seconds).toBe(15);
    expect(adjustRest(idleTimer(90), T0, 15).seconds).toBe(105);
  });

  it('skipping goes back to idle with the same length for the next set', () => {
    const t = skipRest(startRest(idleTimer(120), T0));
    expect(t).toEqual({ status: 'idle', seconds: 120 });
  });

  it('shows minutes and seconds', () => {
    expect(clock(90)).toBe('1:30');
    expect(clock(5)).toBe('0:05');
    expect(clock(600)).toBe('10:00');
    expect(clock(-3)).toBe('0:00');
  });
});
