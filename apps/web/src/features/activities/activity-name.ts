/**
 * An activity as people read it. The Compendium description ("running, 7.5 mph (8 min/mile)")
 * when the types list is at hand; otherwise the key with its speeds restored: "running_7_5mph"
 * is 7.5 mph and "cycling_10_12mph" is 10–12 mph (a range when the second number is larger).
 */
export function activityName(key: string, types?: { key: string; description: string }[]): string {
  const description = types?.find((t) => t.key === key)?.description;
  if (description) return description.charAt(0).toUpperCase() + description.slice(1);
  const words = key
    .replace(/(\d+)_(\d+)(mph|kmh)\b/g, (_, a: string, b: string, unit: string) =>
      `${Number(b) > Number(a) ? `${a}–${b}` : `${a}.${b}`} ${unit === 'kmh' ? 'km/h' : 'mph'}`,
    )
    .replace(/(\d)(mph|kmh)\b/g, (_, d: string, unit: string) => `${d} ${unit === 'kmh' ? 'km/h' : 'mph'}`)
    .replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
