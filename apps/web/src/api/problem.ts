/** RFC 9457 problem details as the API writes them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  // A 204 No Content (deletes) carries no data: success all the same.
  if (result.response.ok) return result.data as T;
  const problem = (result.error && typeof result.error === 'object' ? result.error : {}) as Problem;
  throw new ApiError(result.response.status, problem);
}
