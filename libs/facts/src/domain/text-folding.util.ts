// Letters NFKD does not decompose into a base letter plus a combining mark.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'g');

/** Lowercase and strip accents so "Pâté" and "pate" index alike. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL_RE, (ch) => SPECIAL_FOLDS[ch] ?? ch);
}

/** Folded words (letters or digits), unique, in first-seen order. */
export function keywordsOf(...texts: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
      // Single ASCII characters are noise for prefix search; a single CJK character is a word.
      if (word.length >= 2 || word.charCodeAt(0) > 127) words.add(word);
    }
  }
  return [...words];
}
