/** Regulation (EU) 1169/2011 Annex I: salt = sodium × 2.5. OFF uses the same factor. */
export const SALT_PER_SODIUM = 2.5;

export function saltFromSodium(sodium: number): number {
  return sodium * SALT_PER_SODIUM;
}

export function sodiumFromSalt(salt: number): number {
  return salt / SALT_PER_SODIUM;
}
