export { BotsModule, botsDatabase } from './bots.module';
export { TelegramBot } from './telegram/telegram.bot';
export { LinkingService } from './linking/linking.service';
export { COMMANDS } from './handlers/bot.texts';
