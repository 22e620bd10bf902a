import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';
import type { Me } from './session';

export type UpdateMe = components['schemas']['UpdateMeDto'];
export type UnitSystemChoice = Me['unitSystem'];

/** Updates the signed-in person's profile (name, time zone, units, body profile). */
export async function updateMe(body: UpdateMe): Promise<Me> {
  return unwrap(await api.PATCH('/api/v1/me', { body }));
}
