import { Injectable, OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import {
  ApplicationConfig,
  DiscoveryService,
  HttpAdapterHost,
  MetadataScanner,
  Reflector,
} from '@nestjs/core';
import { POLICY, PolicyMeta } from '@welness/platform';
import type { FastifyInstance } from 'fastify';

export class MissingPolicyError extends Error {}

/** A route as the HTTP server actually serves it, with the policy its handler declares. */
export interface CatalogRoute {
  method: string;
  url: string;
  /** Undefined for routes added by Fastify plugins (OpenAPI docs, static files): not Nest handlers. */
  policy?: PolicyMeta;
  handler?: string;
}

interface NestRoute {
  method: string;
  paths: string[];
  policy?: PolicyMeta;
  handler: string;
}

const norm = (p: string): string => `/${p}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');

/**
 * Records every route the Fastify router registers, and at boot checks that every Nest route
 * handler declares a @Policy — the app refuses to start otherwise.
 */
@Injectable()
export class RoutePolicyCatalog implements OnModuleInit {
  private readonly served: { method: string; url: string }[] = [];
  private nestRoutes: NestRoute[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly appConfig: ApplicationConfig,
    adapterHost: HttpAdapterHost,
  ) {
    // Providers are built before Nest registers routes, so this hook sees all of them.
    const fastify = adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    fastify?.addHook?.('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const m of methods) this.served.push({ method: String(m).toUpperCase(), url: route.url });
    });
  }

  onModuleInit(): void {
    this.nestRoutes = this.discover();
    const missing = this.nestRoutes.filter((r) => !r.policy);
    if (missing.length) {
      throw new MissingPolicyError(
        `Every route must declare @Policy(...); missing on: ${missing.map((r) => `${r.method} ${r.paths[0]} (${r.handler})`).join(', ')}`,
      );
    }
  }

  /** Routes the server serves (HEAD/OPTIONS twins left out), each with its declared policy. */
  routes(): CatalogRoute[] {
    const prefix = this.appConfig.getGlobalPrefix();
    const seen = new Set<string>();
    const out: CatalogRoute[] = [];
    for (const s of this.served) {
      if (s.method === 'HEAD' || s.method === 'OPTIONS') continue;
      const key = `${s.method} ${s.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const url = norm(s.url);
      const nest = this.nestRoutes.find(
        (r) =>
          (r.method === s.method || r.method === 'ALL') &&
          r.paths.some((p) => url === p || url === norm(`${prefix}/${p}`)),
      );
      out.push({ method: s.method, url: s.url, policy: nest?.policy, handler: nest?.handler });
    }
    return out;
  }

  private discover(): NestRoute[] {
    const out: NestRoute[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      const cls = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!instance || !cls) continue;
      const ctrlPaths = asList(this.reflector.get<string | string[] | undefined>(PATH_METADATA, cls));
      for (const name of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
        const fn = instance[name];
        if (typeof fn !== 'function') continue;
        const requestMethod = this.reflector.get<RequestMethod | undefined>(
          METHOD_METADATA,
          fn as () => unknown,
        );
        const methodPaths = this.reflector.get<string | string[] | undefined>(
          PATH_METADATA,
          fn as () => unknown,
        );
        if (requestMethod === undefined || methodPaths === undefined) continue;
        const policy = this.reflector.getAllAndOverride<PolicyMeta | undefined>(POLICY, [
          fn as () => unknown,
          cls,
        ]);
        const paths = ctrlPaths.flatMap((c) => asList(methodPaths).map((m) => norm(`${c}/${m}`)));
        out.push({ method: RequestMethod[requestMethod], paths, policy, handler: `${cls.name}.${name}` });
      }
    }
    return out;
  }
}

function asList(v: string | string[] | undefined): string[] {
  if (v === undefined) return ['/'];
  return Array.isArray(v) ? v : [v];
}
