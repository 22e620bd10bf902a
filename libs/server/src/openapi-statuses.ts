import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, REDIRECT_METADATA, ROUTE_ARGS_METADATA, SSE_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { API_RESPONSE, controllersOf, routeHandlersOf } from './route-handlers';

export interface UndocumentedStatus {
  route: string;
  /** What the route answers on success (@HttpCode, or Nest's default: 201 for POST, 200 else). */
  answers: number;
  /** The success statuses its @Api…Response decorators put into the OpenAPI document. */
  documented: number[];
}

/**
 * Routes whose success status is not one their OpenAPI operation documents (a POST that answers
 * Nest's default 201 under @ApiOkResponse, say): a generated client then reads the wrong schema.
 */
export function undocumentedStatuses(modules: ModulesContainer): UndocumentedStatus[] {
  const out: UndocumentedStatus[] = [];
  for (const controller of controllersOf(modules)) {
    for (const { name, handler } of routeHandlersOf(controller)) {
      if (Reflect.getMetadata(SSE_METADATA, handler)) continue;
      // A handler that takes the reply (@Res) sets its own status, as a redirect does.
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) as Record<string, unknown> | undefined) ?? {};
      if (Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.RESPONSE))) continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
      const redirect = Reflect.getMetadata(REDIRECT_METADATA, handler) as { statusCode?: number } | undefined;
      const answers =
        (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
        (redirect ? (redirect.statusCode ?? 302) : method === RequestMethod.POST ? 201 : 200);
      const responses = (Reflect.getMetadata(API_RESPONSE, handler) as Record<string, unknown> | undefined) ?? {};
      const documented = Object.keys(responses)
        .map(Number)
        .filter((s) => s >= 200 && s < 400);
      if (documented.length && !documented.includes(answers))
        out.push({ route: `${RequestMethod[method]} ${controller.name}.${name}`, answers, documented });
    }
  }
  return out;
}
