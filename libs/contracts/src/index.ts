import createClient, { ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths, components } from './schema';

/** Typed client over the generated OpenAPI schema; the only way the SPA talks to the API. */
export const createApiClient = (options: ClientOptions) => createClient<paths>(options);
export type ApiClient = ReturnType<typeof createApiClient>;
