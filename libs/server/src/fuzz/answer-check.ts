import type { FuzzCase } from './request-parts';

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** A stack frame, a source or install path, or a Node internal: nothing a client should see. */
const LEAKS: [RegExp, string][] = [
  [/\n\s*at \S/, 'a stack frame'],
  [/\bat (?:async )?[\w$.<>[\] ]+ \((?:\/|node:|file:)/, 'a stack frame'],
  [/\.(?:ts|js|mjs|cjs):\d+(?::\d+)?\b/, 'a source position'],
  [/node_modules|node:internal|\/(?:work|home|usr|opt|app|srv|tmp)\/[\w.-]+\//, 'a file path'],
  [
    /\b(?:QueryFailedError|TypeORMError|MongoServerError|ReplyError|TypeError|ReferenceError|SyntaxError: Unexpected)\b/,
    'an internal error name',
  ],
];

/** What is wrong with an answer to a fuzz case, or null when it is acceptable. */
export function answerProblem(c: FuzzCase, a: Answer): string | null {
  if (a.status >= 500) return `${a.status} ${a.text.slice(0, 200)}`;
  for (const [re, what] of LEAKS) {
    const m = re.exec(a.text);
    if (m) return `${a.status} leaks ${what}: …${a.text.slice(Math.max(0, m.index - 40), m.index + 60)}…`;
  }
  if (a.status >= 400) {
    if (!a.contentType.startsWith('application/problem+json'))
      return `${a.status} answered as "${a.contentType}": ${a.text.slice(0, 120)}`;
    let problem: { type?: unknown; title?: unknown; status?: unknown };
    try {
      problem = JSON.parse(a.text) as typeof problem;
    } catch {
      return `${a.status} problem+json that is not JSON: ${a.text.slice(0, 120)}`;
    }
    if (
      typeof problem.type !== 'string' ||
      typeof problem.title !== 'string' ||
      problem.status !== a.status
    ) {
      return `${a.status} problem+json without type/title/status: ${a.text.slice(0, 160)}`;
    }
    return null;
  }
  if (c.mustReject) return `${a.status}: accepted input the contract forbids`;
  return null;
}
