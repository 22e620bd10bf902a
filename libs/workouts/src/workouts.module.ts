import { Module } from '@nestjs/common';
import { DatabaseRegistration } from '@welness/platform';

/** Tables this module owns; the composition root hands them to the DataSource. */
export const workoutsDatabase: DatabaseRegistration = { entities: [], migrations: [] };

@Module({})
export class WorkoutsModule {}
