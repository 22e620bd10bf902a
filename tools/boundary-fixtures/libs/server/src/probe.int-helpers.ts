// Allowed: a test helper (*.int-helpers.ts) may import the test helpers.
import { createTestApp } from '../../testing/src/index';

export const helper = createTestApp;
