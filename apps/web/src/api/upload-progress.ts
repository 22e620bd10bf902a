/** Bytes of the request body sent so far, and how many there are in all. */
export type UploadProgress = (sent: number, total: number) => void;

/** Statuses whose Response may not carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` for the generated client that reports upload progress, which fetch() cannot do:
 * the request (URL, method, headers the session middleware set) goes out through
 * XMLHttpRequest. `body` sends that object instead of re-reading the request — a FormData
 * holding a large file stays on disk rather than being copied into memory; the browser then
 * writes the multipart boundary itself, so the request's own Content-Type is left out.
 */
export function withUploadProgress(onProgress: UploadProgress, body?: FormData): (request: Request) => Promise<Response> {
  return async (request) => {
    const payload: XMLHttpRequestBodyInit | null = body ?? (request.body ? await request.blob() : null);
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.withCredentials = request.credentials === 'include';
      request.headers.forEach((value, name) => {
        if (!(body && name.toLowerCase() === 'content-type')) xhr.setRequestHeader(name, value);
      });
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded, e.total);
      };
      xhr.onload = () =>
        resolve(
          new Response(NULL_BODY.has(xhr.status) ? null : xhr.responseText, {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: parseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      xhr.onerror = () => reject(new TypeError('The upload failed: network error.'));
      xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
      if (request.signal.aborted) return reject(new DOMException('The upload was cancelled.', 'AbortError'));
      request.signal.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(payload);
    });
  };
}
