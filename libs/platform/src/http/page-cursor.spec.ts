import { ProblemException } from '../errors/problem';
import { decodeCursor, encodeCursor } from './page-cursor';

describe('page cursors', () => {
  const id = '0b6f3c52-2f1e-4a53-9d0e-4f3a2b1c0d9e';
  const at = new Date('2026-03-01T10:20:30.456Z');

  it('round-trips the keyset values of a page', () => {
    const [t, u] = decodeCursor(encodeCursor(at, id), ['timestamp', 'uuid'] as const);
    expect(t.toISOString()).toBe(at.toISOString());
    expect(u).toBe(id);
    expect(decodeCursor(encodeCursor(42), ['int'] as const)).toEqual([42]);
  });

  it('answers 400 invalid-cursor for anything the API did not issue', () => {
    const bad = ['NaN', '-1', '', '%%%', 'x'.repeat(500), encodeCursor('-1'), encodeCursor('NaN'), encodeCursor(at, 'not-a-uuid'), encodeCursor('yesterday', id), encodeCursor(at), encodeCursor(at, id, 3), encodeCursor('1e400')];
    for (const cursor of bad) {
      for (const shape of [['timestamp', 'uuid'], ['int']] as const) {
        let thrown: unknown;
        try {
          decodeCursor(cursor, shape);
        } catch (err) {
          thrown = err;
        }
        expect(thrown, `${cursor} as ${shape.join('|')}`).toBeInstanceOf(ProblemException);
        expect((thrown as ProblemException).status).toBe(400);
        expect((thrown as ProblemException).slug).toBe('invalid-cursor');
      }
    }
  });
});
