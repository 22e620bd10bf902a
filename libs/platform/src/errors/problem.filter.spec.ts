import { ArgumentsHost, BadRequestException, NotFoundException } from '@nestjs/common';
import type { Logger } from 'pino';
import { ProblemException } from './problem';
import { ProblemFilter } from './problem.filter';
import { InputValidationException } from './validation';

function run(exception: unknown) {
  const logged: unknown[] = [];
  const log = { error: (obj: unknown) => logged.push(obj) } as unknown as Logger;
  const sent: { status?: number; headers: Record<string, string>; body?: Record<string, unknown> } = { headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    header(k: string, v: string) {
      sent.headers[k] = v;
      return this;
    },
    headers(h: Record<string, string>) {
      Object.assign(sent.headers, h);
      return this;
    },
    send(body: Record<string, unknown>) {
      sent.body = body;
      return this;
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-42', url: '/api/v1/things/7?x=1' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new ProblemFilter(log).catch(exception, host);
  return { ...sent, logged };
}

describe('ProblemFilter', () => {
  it('answers an unknown error with a generic 500 carrying the request id, and logs it', () => {
    const out = run(new Error('connection string postgres://secret@db leaked'));
    expect(out.status).toBe(500);
    expect(out.headers['content-type']).toBe('application/problem+json');
    expect(out.body).toMatchObject({ status: 500, title: 'Internal server error', requestId: 'req-42', instance: '/api/v1/things/7' });
    expect(JSON.stringify(out.body)).not.toContain('secret');
    expect(out.logged).toHaveLength(1);
  });

  it('lists validation errors with their paths', () => {
    const out = run(new InputValidationException([{ path: 'items.0.grams', message: 'grams must be positive' }]));
    expect(out.status).toBe(400);
    expect(out.body?.errors).toEqual([{ path: 'items.0.grams', message: 'grams must be positive' }]);
    expect(out.body?.type).toMatch(/validation$/);
  });

  it('keeps the status and detail of HTTP exceptions and domain problems', () => {
    expect(run(new NotFoundException('Product 123 not found')).body).toMatchObject({ status: 404, detail: 'Product 123 not found' });
    expect(run(new BadRequestException()).status).toBe(400);
    const p = run(new ProblemException(429, 'rate-limited', 'Too many requests', 'slow down', { headers: { 'retry-after': '30' } }));
    expect(p.status).toBe(429);
    expect(p.headers['retry-after']).toBe('30');
    expect(p.body).not.toHaveProperty('headers');
  });

  it("maps Fastify's own client errors (e.g. body too large) to their 4xx", () => {
    const err = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(run(err)).toMatchObject({ status: 413 });
  });

  it('maps a malformed multipart body (busboy errors) to 400 problem+json, not a 500', () => {
    for (const message of ['Multipart: Boundary not found', 'Unexpected end of multipart data', 'Part terminated early due to unexpected end of multipart data']) {
      const out = run(new Error(message));
      expect(out.status, message).toBe(400);
      expect(out.headers['content-type']).toBe('application/problem+json');
      expect(out.body).toMatchObject({ type: 'https://welness.ai/problems/malformed-multipart', status: 400 });
      expect(out.logged).toHaveLength(0);
    }
    expect(run(new Error('Unexpected end of multipart data, and more')).status).toBe(500);
  });
});
