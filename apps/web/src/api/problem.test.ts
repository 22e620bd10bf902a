import { describe, expect, it } from 'vitest';
import { ApiError, unwrap } from './problem';

describe('unwrap', () => {
  it('treats a 204 No Content as success (a delete has no body)', () => {
    expect(unwrap({ data: undefined, response: new Response(null, { status: 204 }) })).toBeUndefined();
  });

  it('returns the data of a 200', () => {
    expect(unwrap({ data: { id: 1 }, response: new Response('{}', { status: 200 }) })).toEqual({ id: 1 });
  });

  it('throws the problem of a 4xx with its status', () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No entry.' };
    expect(() => unwrap({ error: problem, response: new Response(null, { status: 404 }) })).toThrow(ApiError);
    try {
      unwrap({ error: problem, response: new Response(null, { status: 404 }) });
    } catch (err) {
      expect((err as ApiError).status).toBe(404);
    }
  });
});
