/** RFC 9457 problem details, as every error leaves the API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const BASE = 'https://welness.ai/problems/';

export const problemType = (slug: string): string => `${BASE}${slug}`;

/** Throw from services to answer with a specific problem (status, slug, human detail). */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export const notFound = (what: string, detail?: string) =>
  new ProblemException(404, 'not-found', `${what} not found`, detail);
export const badRequest = (slug: string, detail: string, extensions?: Record<string, unknown>) =>
  new ProblemException(400, slug, 'Bad request', detail, extensions);
export const conflict = (slug: string, detail: string) => new ProblemException(409, slug, 'Conflict', detail);
