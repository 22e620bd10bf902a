/** Pure helpers of the imports screen: percentages, time left and the rejects report as CSV. */

export interface Reject {
  line: number | null;
  message: string;
}

/** Whole percent of an upload; 100 for an empty body once it is sent. */
export function uploadPercent(sent: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.floor((sent / total) * 100));
}

/** The job's percent as the bar shows it: a completed job is 100 %, whatever its last report said. */
export function jobPercent(job: { status: string; progress: number }): number {
  if (job.status === 'completed') return 100;
  return Math.max(0, Math.min(100, Math.floor(job.progress)));
}

/** Seconds split for "2 min 5 s"; hours fold into minutes (imports are not that slow). */
export function durationParts(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.max(0, Math.ceil(seconds));
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 };
}

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The report a user can open in a spreadsheet next to the file they imported. */
export function rejectsCsv(rejects: readonly Reject[], header: { line: string; reason: string }): string {
  const rows = rejects.map((r) => `${r.line ?? ''},${cell(r.message)}`);
  return [`${cell(header.line)},${cell(header.reason)}`, ...rows].join('\n') + '\n';
}

/** Offers text as a file download (a Blob URL, revoked once clicked). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
