import { MAX_REJECTS, RejectLog, importRate } from './import-progress';

describe('importRate', () => {
  it('gives rows per second and the seconds left at the byte rate so far', () => {
    // 1,000 rows and 25 % of 4 MB in 2 s: 500 rows/s, 3 MB left at 0.5 MB/s = 6 s.
    expect(importRate({ rows: 1000, bytesRead: 1_000_000, bytesTotal: 4_000_000 }, 2000)).toEqual({
      rowsPerSecond: 500,
      etaSeconds: 6,
    });
  });

  it('rounds the time left up, so a job never shows 0 s while bytes remain', () => {
    expect(importRate({ rows: 3, bytesRead: 999, bytesTotal: 1000 }, 1000).etaSeconds).toBe(1);
  });

  it('has no rate before any time has passed or any byte was read', () => {
    expect(importRate({ rows: 0, bytesRead: 0, bytesTotal: 10 }, 0)).toEqual({
      rowsPerSecond: null,
      etaSeconds: null,
    });
    expect(importRate({ rows: 0, bytesRead: 0, bytesTotal: 10 }, 500)).toEqual({
      rowsPerSecond: 0,
      etaSeconds: null,
    });
  });

  it('says 0 s left once every byte is read', () => {
    expect(importRate({ rows: 7, bytesRead: 10, bytesTotal: 10 }, 100).etaSeconds).toBe(0);
  });
});

describe('RejectLog', () => {
  it('counts every reject but keeps only the first ones for the report', () => {
    const log = new RejectLog();
    for (let i = 0; i < MAX_REJECTS + 5; i++) log.add(i + 2, `bad row ${i}`);
    expect(log.count).toBe(MAX_REJECTS + 5);
    expect(log.list).toHaveLength(MAX_REJECTS);
    expect(log.list[0]).toEqual({ line: 2, message: 'bad row 0' });
  });
});
