import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findTextProblem, jsonDepthExceeds } from '../errors/input-text';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType } from '../errors/problem';

export interface InputGuardOptions {
  /** Deepest array/object nesting a JSON body may have (our DTOs need fewer than ten). */
  maxJsonDepth?: number;
}

const DEFAULT_MAX_JSON_DEPTH = 32;

/** A problem+json answer sent from a Fastify hook, where Nest's exception filter does not run. */
type HookProblem = Pick<ProblemDetails, 'type' | 'title' | 'status' | 'detail' | 'errors'>;

export function sendProblem(reply: FastifyReply, req: FastifyRequest, problem: HookProblem): FastifyReply {
  return reply
    .code(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...problem, instance: req.url.split('?')[0] }));
}

function invalid(path: string, message: string): HookProblem {
  return {
    type: problemType('validation'),
    title: 'Validation failed',
    status: 400,
    detail: `${path}: ${message}`,
    errors: [{ path, message }],
  };
}

type ParserDone = (err: Error | null, body?: unknown) => void;

/**
 * The JSON body parser (Fastify's own, with its prototype-poisoning checks) behind a nesting
 * limit: a body nested deeper than `maxJsonDepth` is refused with a 400 before it is parsed, so
 * nothing recursive downstream (validation, transformation, logging) ever walks it. Register
 * it with Nest's `app.useBodyParser('application/json', { bodyLimit }, parser)`.
 */
export function depthLimitedJsonParser(
  fastify: FastifyInstance,
  options: InputGuardOptions = {},
): (req: FastifyRequest, body: Buffer | string, done: ParserDone) => void {
  const maxDepth = options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH;
  const defaultJson = fastify.getDefaultJsonParser('error', 'error');
  return (req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text, maxDepth)) {
      done(Object.assign(new Error(`JSON nested deeper than ${maxDepth} levels`), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_DEPTH' }));
      return;
    }
    defaultJson(req, text, done);
  };
}

/**
 * Every string in the query, the path parameters and the parsed body (values and keys) obeys
 * the text rule (no NUL, well-formed Unicode), checked in one hook before any pipe or handler,
 * for every route.
 */
export function installInputTextGuard(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (req, reply, done) => {
    const problem =
      prefixed('query', findTextProblem(req.query)) ??
      prefixed('params', findTextProblem(req.params)) ??
      findTextProblem(req.body);
    if (problem) {
      void sendProblem(reply, req, invalid(problem.path, problem.message));
      return;
    }
    done();
  });
}

function prefixed(where: string, problem: { path: string; message: string } | null): { path: string; message: string } | null {
  return problem ? { path: `${where}.${problem.path}`, message: problem.message } : null;
}
