/** A labelled meter: value against a target, with the numbers in text for everyone. */
export function ProgressBar({ label, value, max, text, testId }: { label: string; value: number; max: number | null; text: string; testId?: string }) {
  const ratio = max && max > 0 ? Math.min(value / max, 1) : 0;
  const over = max !== null && value > max;
  return (
    <div className="meter" data-testid={testId}>
      <div className="meter-head">
        <span>{label}</span>
        <span>{text}</span>
      </div>
      <div
        className={`meter-track${over ? ' over' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max ?? undefined}
        aria-valuenow={Math.round(value)}
        aria-valuetext={text}
      >
        <div className="meter-fill" style={{ width: `${ratio * 100}%` }} />
      </div>
    </div>
  );
}
