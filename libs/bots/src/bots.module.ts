import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '@welness/agents';
import { FactsModule } from '@welness/facts';
import { GoalsModule } from '@welness/goals';
import { IdentityModule } from '@welness/identity';
import { MealsModule } from '@welness/meals';
import { ProgressModule } from '@welness/progress';
import { DatabaseRegistration } from '@welness/platform';
import { BotMetrics } from './bot.metrics';
import { BotsPrivacy } from './bots.privacy';
import { AccountHandlers } from './handlers/account.handlers';
import { BotRouter } from './handlers/bot.router';
import { CoachHandlers } from './handlers/coach.handlers';
import { FlowStore } from './handlers/flow.store';
import { FoodHandlers } from './handlers/food.handlers';
import { TrackingHandlers } from './handlers/tracking.handlers';
import { BotChat } from './linking/bot-chat.entity';
import { BotLinkCode } from './linking/bot-link-code.entity';
import { TelegramLinkController } from './linking/linking.controller';
import { BotLinksRepository } from './linking/bot-links.repository';
import { LinkingService } from './linking/linking.service';
import { BotsInit1765100000000 } from './migrations/1765100000000-bots-init';
import { OutboundThrottle } from './outbound/outbound.throttle';
import { RemindersService } from './reminders/reminders.service';
import { TelegramBot } from './telegram/telegram.bot';
import { PollingRunner } from './updates/polling.runner';
import { ProcessedUpdatesRepository } from './updates/processed-updates.repository';
import { UpdateIntake } from './updates/update.intake';
import { UpdateJobs } from './updates/update.jobs';
import { TelegramWebhookController } from './webhook/webhook.controller';

const entities = [BotChat, BotLinkCode];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const botsDatabase: DatabaseRegistration = { entities, migrations: [BotsInit1765100000000] };

@Module({
  imports: [TypeOrmModule.forFeature(entities), IdentityModule, FactsModule, GoalsModule, MealsModule, ProgressModule, AgentsModule],
  controllers: [TelegramWebhookController, TelegramLinkController],
  providers: [
    BotMetrics,
    OutboundThrottle,
    TelegramBot,
    ProcessedUpdatesRepository,
    UpdateIntake,
    UpdateJobs,
    PollingRunner,
    BotLinksRepository,
    LinkingService,
    FlowStore,
    AccountHandlers,
    TrackingHandlers,
    FoodHandlers,
    CoachHandlers,
    BotRouter,
    RemindersService,
    BotsPrivacy,
  ],
  exports: [TelegramBot, LinkingService],
})
export class BotsModule {}
