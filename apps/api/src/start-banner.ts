import type { AppConfig } from '@welness/platform/config';

/**
 * The plain-text lines `npm start` shows once the platform answers: where it is, and how a
 * newcomer reaches the admin console. JSON logs stay JSON; this is printed only when the start
 * script asked for it.
 */
export function startBanner(
  config: Pick<AppConfig, 'PUBLIC_URL' | 'ADMIN_EMAILS' | 'FACTS_SEED_SAMPLE'>,
  seconds: number,
): string {
  const url = config.PUBLIC_URL.replace(/\/$/, '');
  const admin = config.ADMIN_EMAILS.length
    ? `  admin:     register or sign in as ${config.ADMIN_EMAILS.join(', ')} at ${url}/sign-up, then open ${url}/admin`
    : `  admin:     none yet: put ADMIN_EMAILS=you@example.com in .env and restart, or register and run\n` +
      `             npm run admin -- grant you@example.com admin`;
  const catalogue = config.FACTS_SEED_SAMPLE
    ? `  catalogue: an empty catalogue gets the bundled Open Food Facts sample (~2,100 products);\n` +
      `             the full dump: npm run facts:import -- <file or URL>, or Admin → Imports`
    : `  catalogue: sample import off (FACTS_SEED_SAMPLE=false); npm run facts:import -- <file or URL>`;
  return [
    '',
    `Welness AI is ready in ${seconds.toFixed(1)} s: ${url}`,
    `  API docs:  ${url}/api/docs   metrics: ${url}/metrics`,
    admin,
    catalogue,
    '',
  ].join('\n');
}
