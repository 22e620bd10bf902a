import type { FastifyInstance } from 'fastify';
import { problemType } from '../errors/problem';
import { sendProblem } from './input-guards';

export interface BodyTimeoutOptions {
  /** How long a body may take before its bytes start earning more time. */
  timeoutMs: number;
  /** Each this many bytes received earn one more second (Apache mod_reqtimeout's MinRate). */
  minBytesPerSecond: number;
}

/**
 * Slow-body (slow-loris) defence: a request body must arrive within `timeoutMs`, extended by one
 * second per `minBytesPerSecond` bytes received, so a real upload on a slow link goes through
 * while a client trickling a few bytes a second is answered 408 problem+json and disconnected,
 * instead of holding a connection, a parser and a handler for as long as it likes. Counts bytes
 * on the socket (nothing reads the body but its parser), checked on a timer per request.
 */
export function installBodyReadTimeout(fastify: FastifyInstance, options: BodyTimeoutOptions): void {
  fastify.addHook('onRequest', (req, reply, done) => {
    const raw = req.raw;
    const length = Number(raw.headers['content-length'] ?? 0);
    if (raw.complete || (!(length > 0) && raw.headers['transfer-encoding'] === undefined)) return done();
    const socket = raw.socket;
    const startBytes = socket.bytesRead;
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const check = (): void => {
      if (raw.complete || reply.sent || socket.destroyed) return;
      const earnedMs = ((socket.bytesRead - startBytes) / options.minBytesPerSecond) * 1000;
      const leftMs = options.timeoutMs + earnedMs - (Date.now() - started);
      if (leftMs > 0) {
        timer = setTimeout(check, Math.min(leftMs, options.timeoutMs) + 5).unref();
        return;
      }
      // Then the body's reader (the JSON parser, a multipart upload in a handler) gets an error
      // and gives up: once the answer is out, the socket alone closing would not tell it.
      reply.raw.once('finish', () => {
        raw.destroy(Object.assign(new Error('request body timed out'), { code: 'ERR_BODY_TIMEOUT' }));
        socket.destroy();
      });
      void sendProblem(reply.header('connection', 'close'), req, {
        type: problemType('request-timeout'),
        title: 'Request timeout',
        status: 408,
        detail: `The request body did not arrive in time (${options.timeoutMs} ms, plus a second per ${options.minBytesPerSecond} bytes received).`,
      });
    };
    timer = setTimeout(check, options.timeoutMs).unref();
    reply.raw.once('close', () => clearTimeout(timer));
    done();
  });
}
