import { DataSource, DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's own option types are loose unions; these are the two lists modules contribute.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ClassList = MixedList<Function>;

export interface DatabaseRegistration {
  entities: ClassList;
  migrations: ClassList;
}

/** Options shared by the app, the migration CLI and the tests: never `synchronize`. */
export function dataSourceOptions(url: string, reg: DatabaseRegistration, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: reg.entities,
    migrations: reg.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  };
}

export function createDataSource(url: string, reg: DatabaseRegistration, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, reg, poolSize));
}
