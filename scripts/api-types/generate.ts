import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Generated from /api/docs/json by \`npm run api:types\` (scripts/api-types.ts): do not edit.
 * server/http/openapi.test.ts fails when the routes and this file disagree.
 */

`;

/**
 * web/src/api/schema.d.ts from the app's OpenAPI document: `paths` with every route's parameters,
 * bodies and (where the route declares one) its response. Deterministic, so the API test that
 * regenerates it can compare it with the committed file.
 */
export async function apiTypes(doc: object): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return `${HEADER}${astToString(ast)}`;
}
