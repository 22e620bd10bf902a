import { REJECT_CSV_COLUMNS, REJECT_UNPARSEABLE, csvHeader, csvRow, parseBatch } from './record-parser';

const batch = (text: string, syntax: 'json' | 'csv' = 'json', header: string[] | null = null) =>
  parseBatch({ bytes: Buffer.from(text), firstLine: 10, syntax, header, importId: 'imp', storedAtMs: 0 });

describe('parseBatch', () => {
  it('turns JSON lines into catalogue entries keeping the source text verbatim', () => {
    const line = JSON.stringify({ code: '3017620422003', product_name: 'Spread', brands: 'Ferrero', nutriments: { 'energy-kcal_100g': 539 } });
    const out = batch(`${line}\n`);
    expect(out.processed).toBe(1);
    expect(out.docs[0].product).toMatchObject({ _id: '3017620422003', name: 'Spread', importId: 'imp', origin: 'off-import' });
    expect(out.docs[0].product.keywordPrefixes).toEqual(expect.arrayContaining(['sp', 'spr', 'spread', 'fe', 'ferrero']));
    expect(out.docs[0].source.source).toBe(line);
  });

  it('rejects each bad line with its reason and line number, and skips blank lines', () => {
    const out = batch(['{"code":"abc"}', '', '{not json', '{"product_name":"no code"}', `{"code":"${'1'.repeat(30)}"}`, '[1,2]'].join('\n'));
    expect(out.processed).toBe(5);
    expect(out.docs).toHaveLength(0);
    expect(out.rejects.map((r) => [r.reason, r.line])).toEqual([
      ['code is not numeric', 10],
      [REJECT_UNPARSEABLE, 12],
      ['no usable code', 13],
      ['code too long (more than 24 digits)', 14],
      ['not an object', 15],
    ]);
  });

  it('reads OFF CSV rows by header, dropping empty cells', () => {
    const header = csvHeader('code\tproduct_name\tbrands\tenergy-kcal_100g');
    expect(csvRow('0074027001999\tMackerel\t\t180', header)).toEqual({ code: '0074027001999', product_name: 'Mackerel', 'energy-kcal_100g': '180' });
    const out = batch('0074027001999\tMackerel\t\t180\n1\t2\t3\t4\t5', 'csv', header);
    expect(out.docs[0].product).toMatchObject({ code: '0074027001999', name: 'Mackerel' });
    expect(out.docs[0].product.nutrientsPer100g.energyKcal).toBe(180);
    expect(out.rejects).toEqual([expect.objectContaining({ reason: REJECT_CSV_COLUMNS, line: 11 })]);
  });
});
