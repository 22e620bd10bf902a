/**
 * RPE on the repetitions-in-reserve scale (Zourdos et al., J Strength Cond Res 2016;30(1):267-75):
 * RPE 10 = no rep left, RPE 9 = one left, … so RIR = 10 − RPE. Half steps are allowed.
 */
export function rpeToRir(rpe: number): number {
  if (!(rpe >= 0 && rpe <= 10)) throw new RangeError('RPE must be between 0 and 10');
  return 10 - rpe;
}

export function rirToRpe(rir: number): number {
  if (!(rir >= 0 && rir <= 10)) throw new RangeError('RIR must be between 0 and 10');
  return 10 - rir;
}
