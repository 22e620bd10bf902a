import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  MetricsModule,
  PinoNestLogger,
  PrivacyModule,
  ProblemException,
  QueueModule,
  RedisModule,
  createLogger,
  loadConfigOrExit,
} from '@welness/platform';
import type { Logger } from 'pino';
import { RoleGrantsService } from '../admin/role-grants.service';
import { ADMIN_USAGE, AdminArgs, parseAdminArgs } from './admin-args';
import { IdentityModule, identityDatabase } from '../identity.module';

/** Only what a role change needs: the platform stores and the identity module, no HTTP. */
@Module({})
class AdminCliModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AdminCliModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(identityDatabase),
        RedisModule,
        PrivacyModule,
        QueueModule.forRoot({ runWorker: false }),
        MetricsModule,
        IdentityModule,
      ],
    };
  }
}

async function main(): Promise<number> {
  let args: AdminArgs;
  try {
    args = parseAdminArgs(process.argv.slice(2));
  } catch (err) {
    const message = (err as Error).message;
    process.stderr.write(`${message ? `${message}\n` : ''}${ADMIN_USAGE}\n`);
    return 2;
  }
  const config = loadConfigOrExit();
  const logger = createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  const app = await NestFactory.createApplicationContext(AdminCliModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
  });
  try {
    const grants = app.get(RoleGrantsService);
    const result =
      args.action === 'grant'
        ? await grants.grantByEmail(args.email, args.role, 'cli')
        : await grants.revokeByEmail(args.email, args.role, 'cli');
    const verb = args.action === 'grant' ? 'has' : 'no longer has';
    process.stdout.write(
      `${result.user.email} ${verb} the ${args.role} role${result.changed ? '' : ' (unchanged)'}; roles: ${result.user.roles.join(', ')}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ProblemException) {
      process.stderr.write(`${err.detail ?? err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`admin failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
