import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { APP_VERSION } from './version';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Welness AI API')
    .setDescription(
      'Self-hostable AI health and nutrition coaching. Errors are RFC 9457 problem+json. ' +
        'Food data from Open Food Facts (ODbL).',
    )
    .setVersion(APP_VERSION)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'apiKey')
    .build();
  const doc = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  return declarePathParameters(doc);
}

type Operation = { parameters?: { name: string; in: string }[] };

/**
 * OpenAPI requires every `{param}` of a path template to be declared. Nest declares those the
 * handler reads with @Param; the coach routes' `{userId}` is read by the guard instead
 * (@SubjectUserId), so it is added here and the generated client can type it.
 */
export function declarePathParameters(doc: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(doc.paths)) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const missing = names.filter((n) => !op.parameters?.some((p) => p.in === 'path' && p.name === n));
      op.parameters = [
        ...missing.map((name) => ({
          name,
          in: 'path',
          required: true,
          schema: name === 'userId' ? { type: 'string', format: 'uuid' } : { type: 'string' },
        })),
        ...(op.parameters ?? []),
      ];
    }
  }
  return doc;
}

/** Serves the interactive docs at /api/docs and the raw spec at /api/docs/openapi.json. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
    yamlDocumentUrl: 'api/docs/openapi.yaml',
    customSiteTitle: 'Welness AI API',
  });
}

/** Stable text for the committed spec: sorted keys so diffs show only real changes. */
export function serializeOpenApi(doc: OpenAPIObject): string {
  return `${JSON.stringify(sortKeys(doc), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
