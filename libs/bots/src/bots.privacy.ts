import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@welness/platform';
import { LinkingService } from './linking/linking.service';
import { RemindersService } from './reminders/reminders.service';

/** The linked chat, its reminders and the link codes are part of export and erase. */
@Injectable()
export class BotsPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly linking: LinkingService,
    private readonly reminders: RemindersService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'bots',
      export: (userId) => this.linking.exportData(userId),
      erase: async (userId) => {
        const chat = await this.linking.chatOfUser(userId);
        if (chat) await this.reminders.cancel(userId, chat.mealReminders);
        await this.linking.erase(userId);
      },
    });
  }
}
