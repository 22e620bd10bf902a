import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Inject } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'pino';
import { PINO_LOGGER } from '../logging/logging.module';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException, problemType } from './problem';
import { asStoreOutage } from './store-outage';
import { InputValidationException } from './validation';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  503: 'Service unavailable',
};

/** Turns every thrown thing into RFC 9457 problem+json; internals never leak to clients. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(@Inject(PINO_LOGGER) private readonly log: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    exception = asStoreOutage(exception); // an unreachable store is a 503 with Retry-After, not a 500
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, req);
    if (problem.status >= 500) this.log.error({ err: exception, reqId: req.id }, 'unhandled error');
    // Already answered (a 408 to a body that stopped arriving): the handler's late failure is moot.
    if (reply.sent) return;
    const headers = exception instanceof ProblemException ? exception.extensions.headers : undefined;
    if (headers && typeof headers === 'object') reply.headers(headers as Record<string, string>);
    delete problem.headers;
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, req: FastifyRequest): ProblemDetails {
    const instance = req.url.split('?')[0];
    if (exception instanceof ProblemException) {
      return {
        type: problemType(exception.slug),
        title: exception.title,
        status: exception.status,
        detail: exception.detail,
        instance,
        ...exception.extensions,
      };
    }
    if (exception instanceof InputValidationException) {
      return {
        type: problemType('validation'),
        title: 'Validation failed',
        status: 400,
        detail: exception.errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        instance,
        errors: exception.errors,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        type: problemType(slugFor(status)),
        title: TITLES[status] ?? 'Error',
        status,
        detail: detailOf(exception),
        instance,
      };
    }
    if (isMalformedMultipart(exception)) {
      return {
        type: problemType('malformed-multipart'),
        title: 'Bad request',
        status: 400,
        detail: `The multipart/form-data body is malformed: ${(exception as Error).message}.`,
        instance,
      };
    }
    const fastifyStatus = fastifyErrorStatus(exception);
    if (fastifyStatus) {
      return {
        type: problemType(slugFor(fastifyStatus)),
        title: TITLES[fastifyStatus] ?? 'Bad request',
        status: fastifyStatus,
        detail: (exception as Error).message,
        instance,
      };
    }
    return {
      type: problemType('internal'),
      title: 'Internal server error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: `An unexpected error occurred. Quote request id ${String(req.id)} when reporting it.`,
      instance,
      requestId: String(req.id),
    };
  }
}

function slugFor(status: number): string {
  return (TITLES[status] ?? 'error').toLowerCase().replace(/[^a-z]+/g, '-');
}

function detailOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/**
 * busboy (under @fastify/multipart) reports a client's broken form — no boundary in the
 * content type, a body cut off before its closing boundary — as plain Errors; whichever
 * route reads the form, they are the client's fault, not the server's.
 */
const MULTIPART_MESSAGES = /^(Multipart: Boundary not found|Boundary required|Unexpected end of multipart data|.* terminated early due to unexpected end of multipart data)$/;

export function isMalformedMultipart(exception: unknown): boolean {
  return exception instanceof Error && MULTIPART_MESSAGES.test(exception.message);
}

/** Fastify's own client errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode. */
function fastifyErrorStatus(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
