export type CoachLanguage = 'en' | 'es';

/** Words that only (or almost only) a Spanish message holds. */
// Letter-aware boundaries: \b treats "í" as a gap, so "podría" would hold an English "a".
const SPANISH =
  /[¿¡ñ]|(?<!\p{L})(buen[oa]s|d[ií]as?|tardes|noches|podr[ií]a|puedo|almorzar|desayunar|c[oó]mo|qu[eé]|cu[aá]nt[oa]s?|com[ií]|comido|tom[eé]|desayun[eé]|cen[eé]|almorc[eé]|hoy|ayer|semana|calor[ií]as|quedan?|deber[ií]a|comer|cenar|desayuno|almuerzo|cena|merienda|huevos?|rebanadas?|pan|tostadas?|yogur|plan de comidas|objetivos?|metas?|ayuda|hola|gracias|voy|llevo|hazme|mis?|para|con|una?|dos|tres|y)(?!\p{L})/giu;
const ENGLISH =
  /(?<!\p{L})(the|what|how|i|my|had|ate|for|and|of|is|are|should|today|yesterday|left|eat|me|a)(?!\p{L})/giu;

/**
 * The language of one message, from the words it uses; `fallback` (the user's locale) when
 * the message says too little to tell ("ok", a barcode).
 */
export function detectLanguage(text: string, fallback: CoachLanguage = 'en'): CoachLanguage {
  const es = text.match(SPANISH)?.length ?? 0;
  const en = text.match(ENGLISH)?.length ?? 0;
  if (es === 0 && en === 0) return fallback;
  return es > en ? 'es' : 'en';
}
