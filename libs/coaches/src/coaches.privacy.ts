import { Injectable, OnModuleInit } from '@nestjs/common';
import { UsersService } from '@welness/identity';
import { PrivacyRegistry } from '@welness/platform';
import { CoachLinksRepository } from './links/coach-links.repository';
import { CoachLinkDto } from './links/coach-links.dto';
import { CoachNotesService } from './notes/coach-notes.service';

/** Coaching data in export and erase: links on either side, notes the person wrote, notes about them go too. */
@Injectable()
export class CoachesPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly links: CoachLinksRepository,
    private readonly notes: CoachNotesService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'coaches',
      export: async (userId) => ({
        asClient: (await this.links.listForClient(userId)).map((l) => CoachLinkDto.from(l)),
        asCoach: (await this.links.listForCoach(userId)).map((l) => CoachLinkDto.from(l)),
        notesWritten: await this.notes.exportByCoach(userId),
      }),
      erase: async (userId) => {
        const me = await this.users.findSummary(userId);
        await this.notes.eraseFor(userId);
        await this.links.deleteForUser(userId, me?.email ?? null);
      },
    });
  }
}
