import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACT_PATHS } from './logger.factory';

describe('log redaction', () => {
  it('scrubs credentials and health free text', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({
      req: { headers: { authorization: 'Bearer abc', cookie: 'rt=1' } },
      body: { password: 'hunter2', note: 'has diabetes', email: 'a@b.c' },
    });
    const line = lines.join('');
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('Bearer abc');
    expect(line).not.toContain('diabetes');
    expect(line).toContain('a@b.c');
  });
});
