import { concretePath, expectationFor, satisfies } from './authorization-matrix';

const G = 'No such resource.';

describe('authorization matrix rules', () => {
  it('derives expectations from the policy', () => {
    expect(expectationFor({ kind: 'public' }, 'anonymous', '/x')).toBe('any');
    expect(expectationFor({ kind: 'owner' }, 'anonymous', '/me')).toBe(401);
    expect(expectationFor({ kind: 'owner' }, 'otherUser', '/me')).toBe('pass');
    expect(expectationFor({ kind: 'owner' }, 'otherUser', '/users/:userId/x')).toBe(404);
    expect(expectationFor({ kind: 'admin' }, 'coachLinked', '/admin')).toBe(403);
    expect(expectationFor({ kind: 'admin' }, 'admin', '/admin')).toBe('pass');
    expect(expectationFor({ kind: 'coach-of-client', scope: 'read' }, 'coachEnded', '/clients/:userId')).toBe(
      404,
    );
    expect(expectationFor({ kind: 'coach-of-client', scope: 'read' }, 'owner', '/clients/:userId')).toBe(404);
    expect(
      expectationFor({ kind: 'coach-of-client', scope: 'read' }, 'coachLinked', '/clients/:userId'),
    ).toBe('pass');
  });

  it('tells a guard 404 from a handler 404 and never accepts a 5xx', () => {
    expect(satisfies('pass', { status: 404, detail: 'Note not found' }, G)).toBe(true);
    expect(satisfies('pass', { status: 404, detail: G }, G)).toBe(false);
    expect(satisfies('pass', { status: 401 }, G)).toBe(false);
    expect(satisfies(404, { status: 404, detail: 'Note not found' }, G)).toBe(false);
    expect(satisfies(404, { status: 404, detail: G }, G)).toBe(true);
    expect(satisfies('any', { status: 500 }, G)).toBe(false);
    expect(satisfies(403, { status: 403 }, G)).toBe(true);
  });

  it('fills route parameters', () => {
    expect(concretePath('/api/v1/clients/:userId/notes/:noteId', 'U', 'R')).toBe('/api/v1/clients/U/notes/R');
  });
});
