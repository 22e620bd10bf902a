export { BotsModule, botsDatabase } from './bots.module';
