import 'reflect-metadata';
import { loadConfigOrExit } from '@welness/platform/config';
import { setupBot } from './bots-setup';

/** npm run bots:setup [-- --url https://example.org/api/v1/bots/telegram/webhook] */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const i = process.argv.indexOf('--url');
  const result = await setupBot(config, i > 0 ? process.argv[i + 1] : undefined);
  process.stdout.write(
    result.mode === 'webhook'
      ? `@${result.bot}: webhook set to ${result.webhookUrl}; commands set (en, es)\n`
      : `@${result.bot}: webhook removed (polling mode); commands set (en, es)\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bots:setup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
