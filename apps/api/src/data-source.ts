import 'reflect-metadata';
import { createDataSource, loadConfigOrExit } from '@welness/platform';
import { DATABASE } from '@welness/server';

/** For the TypeORM CLI (`npm run db:migration:generate -- <module> <Name>`). */
export default createDataSource(loadConfigOrExit().DATABASE_URL, DATABASE, 2);
