import { MongoNetworkError, MongoServerSelectionError } from 'mongodb';
import { ProblemException } from './problem';
import { asStoreOutage, unreachableStore } from './store-outage';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('store outage mapping', () => {
  it('recognises each driver’s "cannot reach the store" errors, wrapped or not', () => {
    expect(unreachableStore(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe('redis');
    expect(unreachableStore(new Error('Connection is closed.'))).toBe('redis');
    expect(unreachableStore(Object.assign(new Error('x'), { name: 'MaxRetriesPerRequestError' }))).toBe('redis');
    expect(unreachableStore(new MongoNetworkError('connection closed'))).toBe('mongodb');
    expect(unreachableStore(new MongoServerSelectionError('Server selection timed out after 5000 ms', { type: 'Unknown', servers: new Map() } as never))).toBe('mongodb');
    expect(unreachableStore(new Error('Connection terminated unexpectedly'))).toBe('postgres');
    expect(unreachableStore(new Error('timeout exceeded when trying to connect'))).toBe('postgres');
    expect(unreachableStore(withCode('terminating connection due to administrator command', '57P01'))).toBe('postgres');
    expect(unreachableStore(withCode('connect ECONNREFUSED 127.0.0.1:40123', 'ECONNREFUSED'))).toBe('network');
    // TypeORM's QueryFailedError keeps the driver's error as driverError.
    expect(unreachableStore(Object.assign(new Error('query failed'), { driverError: new Error('Connection terminated') }))).toBe('postgres');
    expect(unreachableStore(new Error('wrapped', { cause: new MongoNetworkError('reset') }))).toBe('mongodb');
  });

  it('leaves every other error alone: bugs stay 500s and client errors keep their status', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(asStoreOutage(bug)).toBe(bug);
    const unique = withCode('duplicate key value violates unique constraint', '23505');
    expect(asStoreOutage(unique)).toBe(unique);
    expect(asStoreOutage('a string')).toBe('a string');
  });

  it('answers 503 problem with a Retry-After', () => {
    const p = asStoreOutage(new Error('Connection is closed.')) as ProblemException;
    expect(p).toBeInstanceOf(ProblemException);
    expect(p.status).toBe(503);
    expect(p.slug).toBe('store-unavailable');
    expect(Number((p.extensions.headers as Record<string, string>)['retry-after'])).toBeGreaterThan(0);
  });
});
