import { Controller, Get, Module, Post } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { Policy } from '@welness/platform';
import { MissingPolicyError, RoutePolicyCatalog } from './route-policy.catalog';

@Controller('ok')
class DeclaredController {
  @Get()
  @Policy('public')
  get(): string {
    return 'ok';
  }
}

@Controller('sloppy')
class UndeclaredController {
  @Get()
  @Policy('owner')
  fine(): string {
    return 'fine';
  }

  @Post('oops')
  forgotten(): string {
    return 'no policy here';
  }
}

@Policy('admin')
@Controller('admin-only')
class ClassLevelController {
  @Get()
  list(): string[] {
    return [];
  }
}

async function boot(controllers: (new () => unknown)[]): Promise<void> {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RoutePolicyCatalog] })
  class Probe {}
  const app = await NestFactory.createApplicationContext(Probe, { logger: false, abortOnError: false });
  await app.close();
}

describe('RoutePolicyCatalog boot check', () => {
  it('lets the app start when every route declares a policy (method or class level)', async () => {
    await expect(boot([DeclaredController, ClassLevelController])).resolves.toBeUndefined();
  });

  it('refuses to start and names the route that has no policy', async () => {
    const err = await boot([DeclaredController, UndeclaredController]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingPolicyError);
    expect((err as Error).message).toContain('POST /sloppy/oops (UndeclaredController.forgotten)');
    expect((err as Error).message).not.toContain('fine');
  });
});
