const DIGITS_RE = /^\d+$/;

/**
 * GS1 mod-10 check digit for a payload (all digits except the check digit).
 * Weights alternate 3,1 starting from the rightmost payload digit, which makes the
 * same routine valid for GTIN-8/12/13/14 and longer GS1 keys (SSCC, GSRN).
 */
export function computeGs1CheckDigit(payload: string): number {
  if (!DIGITS_RE.test(payload)) throw new TypeError('payload must contain only digits');
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    const digit = payload.charCodeAt(payload.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function hasValidGs1CheckDigit(code: string): boolean {
  if (code.length < 2 || !DIGITS_RE.test(code)) return false;
  return computeGs1CheckDigit(code.slice(0, -1)) === Number(code[code.length - 1]);
}
