import { findTextProblem, jsonDepthExceeds, textProblem } from './input-text';

describe('the text rule', () => {
  it('refuses NUL and lone surrogates, accepts any well-formed text', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('\ud800')).toMatch(/surrogate/);
    expect(textProblem('x\udc00')).toMatch(/surrogate/);
    expect(textProblem('\udc00\ud800')).toMatch(/surrogate/); // reversed pair
    expect(textProblem('Ñandú 🥑 — 寿司')).toBeNull();
    expect(textProblem('')).toBeNull();
  });

  it('finds the first bad string or key anywhere in the input, with its path', () => {
    expect(findTextProblem({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({ path: 'a[1].c', message: expect.stringMatching(/NUL/) });
    expect(findTextProblem({ ['k\ud800']: 1 })).toEqual({ path: 'k\ud800', message: expect.stringMatching(/^name .*surrogate/) });
    expect(findTextProblem('\u0000')).toEqual({ path: '(value)', message: expect.stringMatching(/NUL/) });
    // The query string parser's objects have no Object prototype.
    const query = Object.create(Object.create(null) as object) as Record<string, string>;
    query.q = 'a\u0000';
    expect(findTextProblem(query)?.path).toBe('q');
    expect(findTextProblem({ n: 1, b: true, z: null, s: 'fine' })).toBeNull();
    // Prototype names are refused as keys at any depth (class-transformer would drop them silently).
    expect(findTextProblem({ displayName: 'x', prototype: { a: 1 } })).toEqual({ path: 'prototype', message: 'name must not be __proto__, constructor or prototype' });
    expect(findTextProblem({ quick: { constructor: 1 } })?.path).toBe('quick.constructor');
    expect(findTextProblem(JSON.parse('{"a":[{"__proto__":1}]}'))?.path).toBe('a[0].__proto__');
    expect(findTextProblem({ note: 'constructor', items: ['prototype'] })).toBeNull();
    // Files and buffers are not client text.
    expect(findTextProblem({ file: Buffer.from([0, 0xd8]) })).toBeNull();
  });
});

describe('jsonDepthExceeds', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ s: '[[[[[[[[{{{{{{' }), 1)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ s: 'quote \\" then [[[[' }), 1)).toBe(false);
    expect(jsonDepthExceeds('['.repeat(5000) + ']'.repeat(5000), 32)).toBe(true);
  });
});
