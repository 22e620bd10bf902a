import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the fake model. */
export type FakeReply =
  | { kind: 'text'; text: string; /** split into these stream chunks (default: words) */ chunks?: string[] }
  | {
      kind: 'tool_calls';
      calls: { name: string; arguments: string | Record<string, unknown>; id?: string }[];
      text?: string;
    }
  | { kind: 'error'; status: number; retryAfterSeconds?: number; message?: string }
  | { kind: 'hang'; /** never answers within this time (the client's timeout fires first) */ ms: number }
  /** Streams some text then cuts the connection mid-reply. */
  | { kind: 'drop'; text: string };

export interface FakeChatRequest {
  model: string;
  messages: { role: string; content: string | null; tool_calls?: unknown[]; tool_call_id?: string }[];
  tools?: { function: { name: string } }[];
  stream?: boolean;
  [key: string]: unknown;
}

export type FakeResponder = (req: FakeChatRequest, index: number) => FakeReply;

export interface FakeOpenAi {
  /** Base URL for the `openai` SDK (ends in /v1). */
  baseURL: string;
  requests: FakeChatRequest[];
  /** performance.now() when the first stream chunk of each request was written. */
  firstChunkAt: number[];
  /** Queue replies; each request takes the next one, then the fallback responder. */
  script(...replies: FakeReply[]): void;
  respond(fn: FakeResponder): void;
  reset(): void;
  close(): Promise<void>;
}

const usage = (req: FakeChatRequest, out: string) => ({
  prompt_tokens: Math.ceil(JSON.stringify(req.messages).length / 4),
  completion_tokens: Math.max(1, Math.ceil(out.length / 4)),
  total_tokens: 0,
});

/**
 * A fake OpenAI-compatible server on loopback speaking the real chat-completions protocol
 * (JSON and SSE streaming, tool calls in fragments, usage chunk, 429 with Retry-After, 5xx,
 * hangs for timeouts, dropped streams), so the agent is tested through the real `openai` SDK.
 */
export async function startFakeOpenAi(
  fallback: FakeResponder = () => ({ kind: 'text', text: 'ok' }),
): Promise<FakeOpenAi> {
  const queue: FakeReply[] = [];
  let responder = fallback;
  const requests: FakeChatRequest[] = [];
  const firstChunkAt: number[] = [];
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url?.endsWith('/models')) {
      return json(res, 200, {
        object: 'list',
        data: [{ id: 'fake-model', object: 'model', owned_by: 'welness-tests' }],
      });
    }
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions'))
      return json(res, 404, { error: { message: 'not found' } });
    const body = JSON.parse(await read(req)) as FakeChatRequest;
    const index = requests.push(body) - 1;
    const reply = queue.shift() ?? responder(body, index);
    const created = Math.floor(Date.now() / 1000);
    const id = `chatcmpl-fake-${index}`;
    const base = { id, object: 'chat.completion.chunk', created, model: body.model };

    switch (reply.kind) {
      case 'error': {
        const headers: Record<string, string> = {};
        if (reply.retryAfterSeconds !== undefined) headers['retry-after'] = String(reply.retryAfterSeconds);
        return json(
          res,
          reply.status,
          { error: { message: reply.message ?? `fake error ${reply.status}`, type: 'fake' } },
          headers,
        );
      }
      case 'hang':
        hanging.add(res);
        await new Promise((r) => setTimeout(r, reply.ms));
        hanging.delete(res);
        if (!res.destroyed) json(res, 504, { error: { message: 'fake hang ended' } });
        return;
      case 'drop':
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        firstChunkAt[index] = performance.now();
        res.write(
          `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: reply.text }, finish_reason: null }] })}\n\n`,
        );
        setTimeout(() => res.destroy(), 5);
        return;
      case 'text': {
        const chunks = reply.chunks ?? reply.text.match(/\S+\s*/g) ?? [reply.text];
        if (!body.stream) {
          return json(res, 200, {
            id,
            object: 'chat.completion',
            created,
            model: body.model,
            choices: [
              { index: 0, message: { role: 'assistant', content: reply.text }, finish_reason: 'stop' },
            ],
            usage: usage(body, reply.text),
          });
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        chunks.forEach((c, i) => {
          if (i === 0) firstChunkAt[index] = performance.now();
          res.write(
            `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: i === 0 ? { role: 'assistant', content: c } : { content: c }, finish_reason: null }] })}\n\n`,
          );
        });
        res.write(
          `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
        );
        res.write(`data: ${JSON.stringify({ ...base, choices: [], usage: usage(body, reply.text) })}\n\n`);
        res.end('data: [DONE]\n\n');
        return;
      }
      case 'tool_calls': {
        const calls = reply.calls.map((c, i) => ({
          id: c.id ?? `call_fake_${index}_${i}`,
          name: c.name,
          arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments),
        }));
        if (!body.stream) {
          return json(res, 200, {
            id,
            object: 'chat.completion',
            created,
            model: body.model,
            choices: [
              {
                index: 0,
                message: {
                  role: 'assistant',
                  content: reply.text ?? null,
                  tool_calls: calls.map((c) => ({
                    id: c.id,
                    type: 'function',
                    function: { name: c.name, arguments: c.arguments },
                  })),
                },
                finish_reason: 'tool_calls',
              },
            ],
            usage: usage(body, JSON.stringify(calls)),
          });
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        firstChunkAt[index] = performance.now();
        const write = (delta: unknown, finish: string | null = null) =>
          res.write(
            `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
          );
        if (reply.text) write({ role: 'assistant', content: reply.text });
        calls.forEach((c, i) => {
          // Real servers send the name first and the arguments in fragments; so does this one.
          write({
            tool_calls: [{ index: i, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }],
          });
          const mid = Math.ceil(c.arguments.length / 2);
          write({ tool_calls: [{ index: i, function: { arguments: c.arguments.slice(0, mid) } }] });
          write({ tool_calls: [{ index: i, function: { arguments: c.arguments.slice(mid) } }] });
        });
        write({}, 'tool_calls');
        res.write(
          `data: ${JSON.stringify({ ...base, choices: [], usage: usage(body, JSON.stringify(calls)) })}\n\n`,
        );
        res.end('data: [DONE]\n\n');
        return;
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    firstChunkAt,
    script: (...replies) => queue.push(...replies),
    respond: (fn) => (responder = fn),
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      firstChunkAt.length = 0;
      responder = fallback;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
