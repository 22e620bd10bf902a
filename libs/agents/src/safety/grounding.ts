/**
 * Numbers in a model's reply that no tool result, user message or memory block of the turn
 * contains. The prompt forbids invented figures; this check measures whether the model obeyed
 * (recorded on the message and counted), since a model can never be trusted to.
 */
export function ungroundedNumbers(reply: string, sources: string[]): string[] {
  const known = new Set<string>();
  for (const s of sources) {
    for (const m of s.matchAll(/-?\d+(?:\.\d+)?/g)) {
      const n = Number(m[0]);
      known.add(String(n));
      known.add(String(Math.round(n)));
      known.add(n.toFixed(1));
    }
  }
  const out: string[] = [];
  for (const m of reply.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const raw = m[0].replace(/,(?=\d{3}\b)/g, '');
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 10) continue; // small counts ("2 servings", "3 meals") are not claims
    if (!known.has(String(n)) && !known.has(String(Math.round(n)))) out.push(m[0]);
  }
  return out;
}
