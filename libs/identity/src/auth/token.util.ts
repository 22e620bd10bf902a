import { createHash, randomBytes } from 'node:crypto';

/** 256-bit random token, URL-safe. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** High-entropy tokens need no slow hash: SHA-256 makes the stored value useless to a thief. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('base64url');
