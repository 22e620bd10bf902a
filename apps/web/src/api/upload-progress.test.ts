import { afterEach, expect, it, vi } from 'vitest';
import { withUploadProgress } from './upload-progress';

/** Just enough XMLHttpRequest to see what is sent and to answer it. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  withCredentials = false;
  headers: Record<string, string> = {};
  sent: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getAllResponseHeaders() {
    return this.responseHeaders;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: string | null, headers = 'content-type: application/json\r\n') {
    this.status = status;
    this.responseText = body ?? '';
    this.responseHeaders = headers;
    this.onload?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = undefined;
});

const sent = () => FakeXhr.last?.sent;

const flush = () => new Promise((r) => setTimeout(r, 0));

it('sends the FormData it was given (not a copy), without the request’s multipart header, and reports progress', async () => {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const form = new FormData();
  form.append('file', new Blob(['<HealthData/>']), 'export.xml');
  const seen: [number, number][] = [];
  const request = new Request('http://app.test/api/v1/activities/imports/apple-health', {
    method: 'POST',
    body: form,
    headers: { authorization: 'Bearer abc' },
    credentials: 'include',
  });
  const pending = withUploadProgress((sent, total) => seen.push([sent, total]), form)(request);
  await flush();
  const xhr = FakeXhr.last!;
  expect(xhr.sent).toBe(form);
  expect(xhr.method).toBe('POST');
  expect(xhr.withCredentials).toBe(true);
  expect(xhr.headers.authorization).toBe('Bearer abc');
  expect(Object.keys(xhr.headers).map((h) => h.toLowerCase())).not.toContain('content-type');
  xhr.upload.onprogress?.({ lengthComputable: true, loaded: 10, total: 40 });
  xhr.upload.onprogress?.({ lengthComputable: false, loaded: 20, total: 0 });
  xhr.upload.onprogress?.({ lengthComputable: true, loaded: 40, total: 40 });
  xhr.answer(201, JSON.stringify({ id: 'job-1' }), 'Content-Type: application/json\r\nX-Request-Id: r1\r\n');
  const response = await pending;
  expect(seen).toEqual([
    [10, 40],
    [40, 40],
  ]);
  expect(response.status).toBe(201);
  expect(response.headers.get('x-request-id')).toBe('r1');
  expect(await response.json()).toEqual({ id: 'job-1' });
});

it('re-reads a JSON body and keeps its content type; a 204 answers with no body', async () => {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const request = new Request('http://app.test/api/v1/body/import', {
    method: 'POST',
    body: JSON.stringify({ csv: 'date,weight_kg\n' }),
    headers: { 'content-type': 'application/json' },
  });
  const pending = withUploadProgress(() => {})(request);
  await vi.waitFor(() => expect(sent()).toBeDefined());
  const xhr = FakeXhr.last!;
  // The request's own body, re-read (a Blob of this realm's kind).
  expect(await (xhr.sent as { text(): Promise<string> }).text()).toBe('{"csv":"date,weight_kg\\n"}');
  expect(xhr.headers['content-type']).toBe('application/json');
  xhr.answer(204, '');
  expect((await pending).status).toBe(204);
});

it('fails like fetch on a network error', async () => {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const pending = withUploadProgress(() => {})(new Request('http://app.test/x', { method: 'POST', body: 'a' }));
  await vi.waitFor(() => expect(sent()).toBeDefined());
  FakeXhr.last!.onerror?.();
  await expect(pending).rejects.toThrow(TypeError);
});
