// Deliberately wrong: a spec may boot the app (server, testing) but not import a module above its own.
import { botsApi } from '../../bots/src/index';
import { createTestApp } from '../../testing/src/index';

export const fromSpec = [botsApi, createTestApp];
