import { createApiClient } from '@welness/contracts';

/** The one HTTP client of the SPA: generated from the OpenAPI spec, same-origin. */
export const api = createApiClient({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  // Late-bound so tests (and service-worker shims) can replace fetch after import.
  fetch: (request: Request) => globalThis.fetch(request),
  credentials: 'include',
});
