import fc from 'fast-check';
import { sample, typeOf } from './openapi-operations';
import {
  hostileKey,
  hostileNumber,
  hostileParamText,
  hugeText,
  oddUnicode,
  toJsonText,
} from './hostile-values';
import {
  CaseContext,
  FuzzCase,
  JSON_TYPE,
  baseRequest,
  enc,
  label,
  setAt,
  show,
  slotsOf,
} from './request-parts';

/** Hostile but possibly valid input: must never be a 5xx, may succeed (tracked). */
export function lenientCases(ctx: CaseContext): fc.Arbitrary<FuzzCase>[] {
  const { op } = ctx;
  const base = baseRequest(ctx);
  const bodyOk = op.body?.kind === 'json' ? toJsonText(sample(op.body.schema)) : undefined;
  const make = (kind: string, detail: string, part: Partial<FuzzCase>): FuzzCase => ({
    kind,
    detail,
    mustReject: false,
    path: base.path(),
    query: base.query,
    headers: bodyOk !== undefined ? JSON_TYPE : {},
    body: bodyOk,
    ...part,
  });
  const withQuery = (extra: string) => [base.query, extra].filter(Boolean).join('&');
  const out: fc.Arbitrary<FuzzCase>[] = [
    fc
      .tuple(fc.oneof(hostileKey, fc.constantFrom('q[$gt]', 'limit[$ne]', 'a.b', 'x[]')), hostileParamText)
      .map(([k, v]) => make('query:extra', `${k}=${show(v)}`, { query: withQuery(`${enc(k)}=${enc(v)}`) })),
    fc
      .constantFrom('%ED%A0%80', '%zz', '%00', '%', '%C0%AF')
      .map((raw) =>
        make('query:undecodable', raw, { query: withQuery(`${op.query[0]?.name ?? 'x'}=${raw}`) }),
      ),
  ];
  for (const p of op.query) {
    out.push(
      fc
        .oneof(
          hostileParamText,
          hugeText.map((t) => t.slice(0, 6000)),
        )
        .map((v) =>
          make('query:hostile', `${p.name}=${show(v)}`, { query: withQuery(`${p.name}=${enc(v)}`) }),
        ),
    );
  }
  for (const h of op.headers) {
    out.push(
      fc.constantFrom('', ' ', '{"$gt":""}', 'k'.repeat(300), '../..', 'null').map((v) =>
        make('header:hostile', `${h.name}: ${show(v)}`, {
          headers: { ...JSON_TYPE, [h.name.toLowerCase()]: v },
        }),
      ),
    );
  }
  if (op.body?.kind === 'json') {
    const schema = op.body.schema;
    const full = sample(schema, true);
    const slots = slotsOf(schema, full);
    const strings = slots.filter((s) => typeOf(s.schema).type === 'string' && !s.schema.enum);
    const numbers = slots.filter((s) => ['number', 'integer'].includes(typeOf(s.schema).type));
    const send = (kind: string, detail: string, body: unknown) =>
      make(kind, detail, { body: toJsonText(body) });
    if (strings.length) {
      out.push(
        fc
          .tuple(fc.constantFrom(...strings), fc.oneof(oddUnicode, hugeText))
          .map(([slot, v]) =>
            send('body:odd-text', `${label(slot.at)} = ${show(v)}`, setAt(full, slot.at, v)),
          ),
      );
    }
    if (numbers.length) {
      out.push(
        fc
          .tuple(fc.constantFrom(...numbers), hostileNumber)
          .map(([slot, v]) =>
            send('body:odd-number', `${label(slot.at)} = ${show(v)}`, setAt(full, slot.at, v)),
          ),
      );
    }
    for (const slot of slots.filter((s) => typeOf(s.schema).nullable)) {
      out.push(fc.constant(send('body:null', `${label(slot.at)} = null`, setAt(full, slot.at, null))));
    }
  }
  if (op.body?.kind === 'multipart') {
    out.push(
      fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((bytes) => {
        const head = `--b0undary\r\nContent-Disposition: form-data; name="${op.body?.kind === 'multipart' ? op.body.field : 'file'}"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`;
        return make('multipart:garbage', `${bytes.length} random bytes`, {
          headers: { 'content-type': 'multipart/form-data; boundary=b0undary' },
          body: new Blob([Buffer.from(head), bytes, Buffer.from('\r\n--b0undary--\r\n')]),
        });
      }),
    );
  }
  return out;
}
