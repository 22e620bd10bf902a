/**
 * Intl formatters, built once per locale and options. Building one is the expensive part (the
 * page's first NumberFormat or DateTimeFormat, whichever comes first, loads ICU's data: ~100 ms
 * on the phone Lighthouse emulates; each later one ~10 ms), formatting with it is cheap; the
 * screens format dozens of numbers per render.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, locale: string, options: object, make: () => F): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(dateFormats, locale ?? '', options, () => new Intl.DateTimeFormat(locale, options));
}
