import type { Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

// @nestjs/swagger's metadata key for @ApiResponse and its shorthands (its DECORATORS constant).
export const API_RESPONSE = 'swagger/apiResponse';

/** Every controller class of the app's modules. */
export function* controllersOf(modules: ModulesContainer): Generator<Type<unknown>> {
  for (const module of modules.values())
    for (const wrapper of module.controllers.values()) if (wrapper.metatype) yield wrapper.metatype as Type<unknown>;
}

/** The methods of a controller that are routes (carry a path and an HTTP method). */
export function* routeHandlersOf(controller: Type<unknown>): Generator<{ name: string; handler: object }> {
  const proto = controller.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const handler = proto[name];
    if (name === 'constructor' || typeof handler !== 'function') continue;
    if (Reflect.getMetadata(PATH_METADATA, handler) === undefined || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
    yield { name, handler };
  }
}
