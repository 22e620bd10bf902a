import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TestApp, createTestApp } from '@welness/testing';
import { ModulesContainer } from '@nestjs/core';
import { buildOpenApiDocument, serializeOpenApi } from './openapi';
import { undocumentedStatuses } from './openapi-statuses';

const committed = resolve(__dirname, '../../contracts/openapi.json');

describe('OpenAPI contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('libs/contracts/openapi.json matches the code (run `npm run openapi` after changing routes)', () => {
    const fromCode = serializeOpenApi(buildOpenApiDocument(t.app));
    const onDisk = readFileSync(committed, 'utf8');
    if (fromCode !== onDisk) {
      const a = JSON.parse(fromCode) as { paths: Record<string, unknown> };
      const b = JSON.parse(onDisk) as { paths: Record<string, unknown> };
      const added = Object.keys(a.paths).filter((p) => !(p in b.paths));
      const removed = Object.keys(b.paths).filter((p) => !(p in a.paths));
      throw new Error(`OpenAPI drift. Paths only in code: ${added.join(', ') || '-'}; only on disk: ${removed.join(', ') || '-'}`);
    }
    expect(fromCode).toBe(onDisk);
  });

  it('every route answers with a success status its OpenAPI operation documents', () => {
    expect(undocumentedStatuses(t.app.get(ModulesContainer))).toEqual([]);
  });
});
