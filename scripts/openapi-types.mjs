// Writes libs/contracts/src/schema.d.ts from libs/contracts/openapi.json (npm run openapi), as the
// openapi-typescript CLI would, except that a `format: binary` field is a Blob (a file the SPA
// uploads as multipart), not a string.
import { writeFileSync } from 'node:fs';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import ts from 'typescript';

const source = new URL('../libs/contracts/openapi.json', import.meta.url);
const target = new URL('../libs/contracts/src/schema.d.ts', import.meta.url);
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

const ast = await openapiTS(source, {
  transform(schema) {
    if (schema.format === 'binary') return BLOB;
    return undefined;
  },
});
writeFileSync(target, COMMENT_HEADER + astToString(ast));
console.log('wrote libs/contracts/src/schema.d.ts');
