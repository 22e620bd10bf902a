import { z } from 'zod';

/** What `save_profile` accepts: facts a user states about themselves, each within plausible bounds. */
export const profileArgs = z
  .object({
    age: z.number().int().min(13).max(110).optional(),
    sex: z.enum(['male', 'female']).optional(),
    heightCm: z.number().min(100).max(250).optional(),
    weightKg: z.number().min(30).max(350).optional(),
    activity: z.enum(['sedentary', 'light', 'moderate', 'active', 'very_active']).optional(),
    diet: z.enum(['omnivore', 'vegetarian', 'vegan', 'pescatarian']).optional(),
    allergies: z.array(z.string().min(1).max(40)).max(20).optional(),
    dislikes: z.array(z.string().min(1).max(40)).max(30).optional(),
  })
  .strict();
export type ProfileArgs = z.infer<typeof profileArgs>;
