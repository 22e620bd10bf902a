import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { COACH_ACCESS, IdentityModule } from '@welness/identity';
import { ProgressModule } from '@welness/progress';
import { CryptoModule, DatabaseRegistration } from '@welness/platform';
import { CoachAdherenceController } from './adherence/coach-adherence.controller';
import { CoachAdherenceService } from './adherence/coach-adherence.service';
import { CoachesPrivacy } from './coaches.privacy';
import { ClientLinksController } from './links/client-links.controller';
import { CoachAccessProvider } from './links/coach-access.provider';
import { CoachLink } from './links/coach-link.entity';
import { CoachLinksController } from './links/coach-links.controller';
import { CoachLinksRepository } from './links/coach-links.repository';
import { CoachLinksService } from './links/coach-links.service';
import { CoachesInit1763772100000 } from './migrations/1763772100000-coaches-init';
import { CoachNote } from './notes/coach-note.entity';
import { CoachNotesController } from './notes/coach-notes.controller';
import { CoachNotesRepository } from './notes/coach-notes.repository';
import { CoachNotesService } from './notes/coach-notes.service';

const entities = [CoachLink, CoachNote];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const coachesDatabase: DatabaseRegistration = { entities, migrations: [CoachesInit1763772100000] };

@Module({
  imports: [TypeOrmModule.forFeature(entities), IdentityModule, CryptoModule, ProgressModule],
  controllers: [ClientLinksController, CoachLinksController, CoachNotesController, CoachAdherenceController],
  providers: [
    CoachLinksRepository,
    CoachLinksService,
    CoachNotesRepository,
    CoachNotesService,
    CoachAccessProvider,
    CoachAdherenceService,
    { provide: COACH_ACCESS, useExisting: CoachAccessProvider },
    CoachesPrivacy,
  ],
  exports: [CoachLinksService, COACH_ACCESS],
})
export class CoachesModule {}
