// Deliberately wrong: the API entry point composing a module itself instead of libs/server.
import { identityApi } from '../../../libs/identity/src/index';

export const main = identityApi;
