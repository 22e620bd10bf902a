import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API method call as the fake server received it. */
export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** Receive time (ms, performance clock) for rate checks. */
  at: number;
  /** The HTTP status the fake answered. */
  status: number;
}

export interface InjectedFailure {
  status: 429 | 403 | 400 | 500;
  /** Seconds, for 429 (sent as parameters.retry_after as Telegram does). */
  retryAfter?: number;
  description?: string;
}

export interface RateReport {
  calls: number;
  /** Most calls to chat-targeted methods received in any 1-second window. */
  maxPerSecond: number;
  /** Smallest gap (ms) between two calls to the same private chat. */
  minGapPerChatMs: number | null;
  /** Most calls to one group chat in any 60-second window. */
  maxPerGroupPerMinute: number;
}

export interface FakeTelegramServer {
  /** Use as TELEGRAM_API_ROOT (grammY's `apiRoot`). */
  url: string;
  token: string;
  botUsername: string;
  calls: RecordedCall[];
  /** Calls of one method (or every method but getMe/getUpdates/getFile when omitted). */
  sent(method?: string): RecordedCall[];
  /** The next `times` calls of `method` (optionally to one chat) answer with this failure. */
  failNext(method: string, failure: InjectedFailure, opts?: { chatId?: number; times?: number }): void;
  /** Serves a file for getFile + download (photos in tests). */
  addFile(fileId: string, data: Buffer): void;
  /** Queues an update for getUpdates (long polling). */
  pushUpdate(update: Record<string, unknown>): void;
  /** Outbound rate figures over every recorded message call. */
  rateReport(): RateReport;
  /** Resolves once `count` calls of `method` were recorded (or rejects after timeoutMs). */
  waitFor(method: string, count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  reset(): void;
  close(): Promise<void>;
}

/** Methods that put something in a chat; Telegram's flood limits count these. */
const MESSAGE_METHODS = new Set(['sendMessage', 'editMessageText', 'sendPhoto', 'sendChatAction', 'editMessageReplyMarkup']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parsePayload(req: IncomingMessage, body: Buffer): Record<string, unknown> {
  if (!body.length) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  return { _raw: body.length };
}

function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/**
 * A stand-in for the Telegram Bot API on loopback, speaking its HTTP shape
 * (`POST /bot<token>/<method>` → `{ ok, result }` or `{ ok: false, error_code, description, parameters }`,
 * files under `/file/bot<token>/<path>`). It records every call, can answer 429 with
 * retry_after or 403 on demand, and serves getUpdates for long polling.
 */
export async function startFakeTelegram(opts: { token?: string; botUsername?: string } = {}): Promise<FakeTelegramServer> {
  const token = opts.token ?? '123456789:TEST-fake-telegram-token-abcdefghij';
  const botUsername = opts.botUsername ?? 'welness_test_bot';
  const calls: RecordedCall[] = [];
  const failures: { method: string; chatId?: number; failure: InjectedFailure; left: number }[] = [];
  const files = new Map<string, Buffer>();
  let updates: Record<string, unknown>[] = [];
  let pollWaiter: (() => void) | null = null;
  const waiters: { method: string; count: number; resolve: () => void }[] = [];
  const nextMessageId = new Map<number, number>();
  const chatOf = (p: Record<string, unknown>) => (p.chat_id === undefined ? undefined : Number(p.chat_id));

  const notifyWaiters = () => {
    for (const w of [...waiters]) {
      if (calls.filter((c) => c.method === w.method).length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  };

  const message = (p: Record<string, unknown>, id?: number) => {
    const chatId = Number(p.chat_id);
    const messageId = id ?? (nextMessageId.get(chatId) ?? 100) + 1;
    if (id === undefined) nextMessageId.set(chatId, messageId);
    return {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: chatId < 0 ? { id: chatId, type: 'group', title: 'group' } : { id: chatId, type: 'private', first_name: 'Test' },
      from: { id: 123456789, is_bot: true, first_name: 'Welness', username: botUsername },
      text: p.text,
      ...(p.reply_markup ? { reply_markup: typeof p.reply_markup === 'string' ? JSON.parse(p.reply_markup) : p.reply_markup } : {}),
    };
  };

  async function methodCall(method: string, p: Record<string, unknown>, res: ServerResponse, record: RecordedCall): Promise<void> {
    const injected = failures.find((f) => f.method === method && f.left > 0 && (f.chatId === undefined || f.chatId === chatOf(p)));
    if (injected) {
      injected.left--;
      const { status, retryAfter } = injected.failure;
      record.status = status;
      const description =
        injected.failure.description ??
        (status === 429 ? `Too Many Requests: retry after ${retryAfter ?? 1}` : status === 403 ? 'Forbidden: bot was blocked by the user' : 'Bad Request');
      answer(res, status, {
        ok: false,
        error_code: status,
        description,
        ...(status === 429 ? { parameters: { retry_after: retryAfter ?? 1 } } : {}),
      });
      return;
    }
    switch (method) {
      case 'getMe':
        return answer(res, 200, {
          ok: true,
          result: { id: 123456789, is_bot: true, first_name: 'Welness', username: botUsername, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false },
        });
      case 'sendMessage':
      case 'sendPhoto':
        return answer(res, 200, { ok: true, result: message(p) });
      case 'editMessageText':
      case 'editMessageReplyMarkup':
        return answer(res, 200, { ok: true, result: message(p, Number(p.message_id)) });
      case 'answerCallbackQuery':
      case 'sendChatAction':
      case 'setWebhook':
      case 'deleteWebhook':
      case 'setMyCommands':
        return answer(res, 200, { ok: true, result: true });
      case 'getFile': {
        const fileId = String(p.file_id);
        const data = files.get(fileId);
        if (!data) return answer(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        return answer(res, 200, { ok: true, result: { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: data.length, file_path: `photos/${fileId}.jpg` } });
      }
      case 'getUpdates': {
        const offset = Number(p.offset ?? 0);
        updates = updates.filter((u) => Number(u.update_id) >= offset);
        if (!updates.length) {
          // Long polling: hold the request until an update arrives (capped so tests stay quick).
          const waitMs = Math.min(Number(p.timeout ?? 0), 2) * 1000;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, waitMs);
            pollWaiter = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          pollWaiter = null;
        }
        const batch = updates.filter((u) => Number(u.update_id) >= offset).slice(0, Number(p.limit ?? 100));
        return answer(res, 200, { ok: true, result: batch });
      }
      default:
        return answer(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    }
  }

  const server: Server = createServer((req, res) => {
    // Arrival time before the body is read, so slow reads do not bunch up the recorded rate.
    const at = performance.now();
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const body = await readBody(req);
      const file = /^\/file\/bot([^/]+)\/photos\/(.+)\.jpg$/.exec(path);
      if (file) {
        const data = file[1] === token ? files.get(decodeURIComponent(file[2])) : undefined;
        if (!data) return answer(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
        res.setHeader('content-type', 'image/jpeg');
        res.end(data);
        return;
      }
      const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
      if (!m || m[1] !== token) return answer(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const payload = parsePayload(req, body);
      const record: RecordedCall = { method: m[2], payload, at, status: 200 };
      if (m[2] !== 'getUpdates') calls.push(record);
      await methodCall(m[2], payload, res, record);
      notifyWaiters();
    })().catch((err: Error) => answer(res, 500, { ok: false, error_code: 500, description: err.message }));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    botUsername,
    calls,
    sent: (method) => calls.filter((c) => (method ? c.method === method : !['getMe', 'getUpdates', 'getFile'].includes(c.method))),
    failNext(method, failure, o = {}) {
      failures.push({ method, chatId: o.chatId, failure, left: o.times ?? 1 });
    },
    addFile: (fileId, data) => void files.set(fileId, data),
    pushUpdate(update) {
      updates.push(update);
      pollWaiter?.();
    },
    rateReport(): RateReport {
      const msgs = calls.filter((c) => MESSAGE_METHODS.has(c.method) && c.status === 200);
      const byChat = new Map<number, number[]>();
      for (const c of msgs) {
        const id = chatOf(c.payload);
        if (id === undefined) continue;
        byChat.set(id, [...(byChat.get(id) ?? []), c.at]);
      }
      let minGap: number | null = null;
      let groupMax = 0;
      for (const [id, times] of byChat) {
        if (id < 0) {
          groupMax = Math.max(groupMax, maxInWindow(times, 60_000));
          continue;
        }
        const sorted = [...times].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++) minGap = Math.min(minGap ?? Infinity, sorted[i] - sorted[i - 1]);
      }
      return { calls: msgs.length, maxPerSecond: maxInWindow(msgs.map((c) => c.at), 1000), minGapPerChatMs: minGap, maxPerGroupPerMinute: groupMax };
    },
    waitFor(method, count, timeoutMs = 30_000) {
      const done = () => calls.filter((c) => c.method === method);
      if (done().length >= count) return Promise.resolve(done());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake Telegram: ${done().length}/${count} ${method} calls after ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          method,
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(done());
          },
        });
      });
    },
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        pollWaiter?.();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
