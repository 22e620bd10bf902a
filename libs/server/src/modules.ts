import { ActivitiesModule, activitiesDatabase } from '@welness/activities';
import { AgentsModule, agentsDatabase } from '@welness/agents';
import { BotsModule, botsDatabase } from '@welness/bots';
import { CoachesModule, coachesDatabase } from '@welness/coaches';
import { FactsModule, factsDatabase } from '@welness/facts';
import { GoalsModule, goalsDatabase } from '@welness/goals';
import { IdentityModule, identityDatabase } from '@welness/identity';
import { MealsModule, mealsDatabase } from '@welness/meals';
import { DatabaseRegistration } from '@welness/platform';
import { ProgressModule } from '@welness/progress';
import { WorkoutsModule, workoutsDatabase } from '@welness/workouts';

/** The business modules, in dependency order; api and worker compose the same list. */
export const FEATURE_MODULES = [
  IdentityModule,
  CoachesModule,
  FactsModule,
  GoalsModule,
  MealsModule,
  ActivitiesModule,
  WorkoutsModule,
  ProgressModule,
  AgentsModule,
  BotsModule,
];

const registrations: DatabaseRegistration[] = [
  identityDatabase,
  coachesDatabase,
  factsDatabase,
  goalsDatabase,
  mealsDatabase,
  activitiesDatabase,
  workoutsDatabase,
  agentsDatabase,
  botsDatabase,
];

export const DATABASE: DatabaseRegistration = {
  entities: registrations.flatMap((r) => r.entities as unknown[]) as DatabaseRegistration['entities'],
  migrations: registrations.flatMap((r) => r.migrations as unknown[]) as DatabaseRegistration['migrations'],
};
