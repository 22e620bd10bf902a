import { expect, it } from 'vitest';
import { durationParts, jobPercent, rejectsCsv, uploadPercent } from './import-report';

it('rounds upload and job percentages down, and a completed job is 100 % whatever it last said', () => {
  expect(uploadPercent(0, 1000)).toBe(0);
  expect(uploadPercent(999, 1000)).toBe(99);
  expect(uploadPercent(1000, 1000)).toBe(100);
  expect(uploadPercent(0, 0)).toBe(100);
  expect(jobPercent({ status: 'running', progress: 42.9 })).toBe(42);
  expect(jobPercent({ status: 'completed', progress: 96 })).toBe(100);
  expect(jobPercent({ status: 'failed', progress: 130 })).toBe(100);
});

it('splits the time left into minutes and seconds, rounding up', () => {
  expect(durationParts(0)).toEqual({ minutes: 0, seconds: 0 });
  expect(durationParts(4.2)).toEqual({ minutes: 0, seconds: 5 });
  expect(durationParts(125)).toEqual({ minutes: 2, seconds: 5 });
  expect(durationParts(3600)).toEqual({ minutes: 60, seconds: 0 });
});

it('writes the rejects as CSV a spreadsheet reads back: quotes, commas and missing lines', () => {
  const csv = rejectsCsv(
    [
      { line: 3, message: 'unknown activity type "unicycling"' },
      { line: null, message: 'Workout Running on 2026-04-02: duration "0" is not a positive number' },
      { line: 7, message: 'duration_min must be within 1–1440' },
    ],
    { line: 'Line', reason: 'Reason' },
  );
  expect(csv).toBe(
    [
      'Line,Reason',
      '3,"unknown activity type ""unicycling"""',
      ',"Workout Running on 2026-04-02: duration ""0"" is not a positive number"',
      '7,duration_min must be within 1–1440',
      '',
    ].join('\n'),
  );
});
