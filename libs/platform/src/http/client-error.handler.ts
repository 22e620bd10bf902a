import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, problemType } from '../errors/problem';

const BY_CODE: Record<string, { status: number; slug: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    slug: 'request-header-fields-too-large',
    detail: 'The request line and headers exceed the size this server accepts.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    slug: 'request-timeout',
    detail: 'The request did not arrive in time.',
  },
  ERR_HTTP_HEADERS_TIMEOUT: {
    status: 408,
    slug: 'request-timeout',
    detail: 'The request headers did not arrive in time.',
  },
};

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (headers over the size
 * limit, a request line it cannot parse, a request that does not arrive in time); Fastify's
 * default answer to those is plain JSON. This writes RFC 9457 problem+json instead, with the
 * given static headers, and closes the connection (the parser cannot resume on it).
 */
export function problemClientErrorHandler(
  headers: Readonly<Record<string, string>> = {},
): (err: Error & { code?: string }, socket: Socket) => void {
  return (err, socket) => {
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const known = BY_CODE[err.code ?? ''] ?? {
      status: 400,
      slug: 'bad-request',
      detail: 'The request is not valid HTTP.',
    };
    const body = JSON.stringify({
      type: problemType(known.slug),
      title: STATUS_CODES[known.status],
      status: known.status,
      detail: known.detail,
    });
    const lines = [
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}`,
      `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    if (!socket.writable) socket.destroy();
    else socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
  };
}
