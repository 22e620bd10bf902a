import { MongoNetworkError, MongoNotConnectedError, MongoServerSelectionError, MongoTopologyClosedError } from 'mongodb';
import { ProblemException } from './problem';

/** Seconds a client should wait before retrying while a store is unreachable (reconnects take 0.2–2 s). */
export const STORE_OUTAGE_RETRY_AFTER_SECONDS = 5;

/** `network`: a refused or reset socket whose peer the error does not name (any store, or an upstream). */
export type StoreName = 'postgres' | 'mongodb' | 'redis' | 'network';

// Network-level failures: the store is down, restarting or unreachable, not the request at fault.
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// PostgreSQL SQLSTATEs of a server that is shutting down, starting or has dropped the connection.
const PG_UNAVAILABLE = /^(08\d{3}|57P0[1-3]|53300)$/;
const PG_MESSAGES =
  /^(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect|timeout expired|Client has encountered a connection error and is not queryable)$/;
const REDIS_MESSAGES = /^(Connection is closed\.|Stream isn't writeable and enableOfflineQueue options is false|Reached the max retries per request limit.*)$/s;

/**
 * Which store an error says is unreachable, if any. Walks `cause` and TypeORM's `driverError`,
 * since drivers and ORMs wrap the socket error they saw.
 */
export function unreachableStore(error: unknown, depth = 0): StoreName | undefined {
  if (!(error instanceof Error) || depth > 4) return undefined;
  if (
    error instanceof MongoNetworkError ||
    error instanceof MongoServerSelectionError ||
    error instanceof MongoNotConnectedError ||
    error instanceof MongoTopologyClosedError
  )
    return 'mongodb';
  if (error.name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.test(error.message)) return 'redis';
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && PG_UNAVAILABLE.test(code)) return 'postgres';
  if (PG_MESSAGES.test(error.message)) return 'postgres';
  if (typeof code === 'string' && NET_CODES.has(code)) return 'network';
  const inner = (error as { driverError?: unknown }).driverError ?? error.cause;
  return inner === error ? undefined : unreachableStore(inner, depth + 1);
}

/**
 * A store outage as a 503 problem with Retry-After instead of a 500: the request was fine and
 * a retry after a short wait will likely succeed. Other errors are returned unchanged.
 */
export function asStoreOutage(error: unknown): unknown {
  const store = unreachableStore(error);
  if (!store) return error;
  return new ProblemException(
    503,
    'store-unavailable',
    'Service unavailable',
    'A data store this request needs is unreachable for the moment. Retry shortly (writes accept Idempotency-Key for safe retries).',
    { headers: { 'retry-after': String(STORE_OUTAGE_RETRY_AFTER_SECONDS) } },
  );
}
