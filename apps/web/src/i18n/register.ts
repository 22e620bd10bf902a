import { i18n, LANGUAGES } from './index';

export interface StringTree {
  readonly [key: string]: string | StringTree;
}

/** The same keys, every leaf a string: what a translation of `T` must provide. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/**
 * A lazily loaded screen brings its own strings, so the first load does not carry every screen's
 * text. Its chunk calls this once at module load; `t('<key>.…')` then works as for the bundled
 * catalogue. Typing `es` as `Translation<typeof en>` makes a missing Spanish key a compile error.
 */
export function registerStrings<T extends StringTree>(key: string, strings: { en: T; es: Translation<NoInfer<T>> }): void {
  for (const lang of LANGUAGES) {
    i18n.addResourceBundle(lang, 'translation', { [key]: strings[lang] }, true, false);
  }
}
