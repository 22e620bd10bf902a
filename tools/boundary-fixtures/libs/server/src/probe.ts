// Deliberately wrong: production code importing the test helpers.
import { createTestApp } from '../../testing/src/index';

export const probe = createTestApp;
