import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ProblemException } from '@welness/platform';
import { CsvSyntaxError, clientCsvRecords, csvNumber, csvRecords, parseCsv, toCsv } from './body-csv';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a spreadsheet BOM; skips blank lines', async () => {
    expect(await parseCsv('\ufeffdate,note\r\n"2026-01-02","a, ""quoted"" note"\r\n\r\n,\n2026-01-03,x')).toEqual([
      ['date', 'note'],
      ['2026-01-02', 'a, "quoted" note'],
      ['2026-01-03', 'x'],
    ]);
  });

  it('keeps rows shorter or longer than the header', async () => {
    expect(await parseCsv('a,b,c\n1\n1,2,3,4\n')).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
  });

  it('reads a long text slice by slice, a quoted field across a slice boundary included', async () => {
    const note = 'x'.repeat(70 * 1024);
    const rows = await parseCsv(`date,note\n2026-01-02,"${note}, still one field"\n2026-01-03,y\n`);
    expect(rows).toEqual([['date', 'note'], ['2026-01-02', `${note}, still one field`], ['2026-01-03', 'y']]);
  });

  it('reads a stream (a stored upload) the same way', async () => {
    expect(await parseCsv(Readable.from(['date,st', 'eps\n2026-01-02,4', '000\n']))).toEqual([['date', 'steps'], ['2026-01-02', '4000']]);
  });

  it('names the line of an unclosed quote', async () => {
    const error = await parseCsv('date,weight_kg\n2026-01-02,70\n"2026-01-03,71\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBeGreaterThanOrEqual(3);
    expect((error as CsvSyntaxError).message).toMatch(/^The CSV cannot be read at line \d+: .*quote/i);
  });

  it('reads back what toCsv writes', async () => {
    const rows = [['2026-01-02', 'say "hi", then\nleave', '']];
    expect((await parseCsv(toCsv(['date', 'note', 'empty'], rows))).slice(1)).toEqual(rows);
  });
});

describe('csvRecords', () => {
  it('maps fields by a trimmed, case-insensitive header; missing fields are empty', async () => {
    expect(await csvRecords('Date , Weight_KG\n2026-01-02\n')).toEqual([{ date: '2026-01-02', weight_kg: '' }]);
  });

  it('a client text that is not CSV is a 400 problem naming the line', async () => {
    const error = await clientCsvRecords('date,name\n2026-01-02,"waist\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemException);
    expect(error).toMatchObject({ status: 400, slug: 'csv-malformed', extensions: { line: expect.any(Number) } });
  });
});

describe('csvNumber', () => {
  it('reads decimal numbers as written in a cell', () => {
    expect([csvNumber('70'), csvNumber(' 70.5 '), csvNumber('-1.25'), csvNumber('.5'), csvNumber('0')]).toEqual([70, 70.5, -1.25, 0.5, 0]);
  });

  it('an empty or non-decimal cell is not a number (never 0)', () => {
    for (const cell of ['', '  ', undefined, 'abc', '0x10', '1e3', '70,5', 'Infinity', '1 000']) expect(csvNumber(cell)).toBeNaN();
  });
});
