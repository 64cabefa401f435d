import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import { z } from 'zod';

/**
 * A zod schema as an OpenAPI 3.0 Schema Object (what @fastify/swagger publishes at /api/docs/json):
 * the default JSON Schema 2020-12 output writes `exclusiveMinimum: 0`, which OpenAPI 3.0 tools reject.
 */
export function openApiSchema(s: z.ZodType, io: 'input' | 'output' = 'input'): object {
  return withNullInEnums(z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'openapi-3.0' }));
}

/**
 * A nullable enum lists null among its values: zod writes `{ nullable: true, enum: [...] }`, and a
 * validator (Ajv, which fast-json-stringify uses to choose between a response's alternatives)
 * checks the enum on its own and refuses null.
 */
function withNullInEnums<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withNullInEnums) as T;
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withNullInEnums(v)]));
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...out.enum, null];
  return out as T;
}

/**
 * A route's answer for one status, given to Fastify as its response schema: converted to JSON
 * Schema when first needed (the route's first answer with that status, or /api/docs/json), not
 * while the app starts. Converting and compiling every route's answers up front (zod → JSON Schema,
 * then fast-json-stringify, for each GET and its HEAD twin) took a third of a start.
 */
export class ResponseSchema {
  #json: object | undefined;
  constructor(private readonly schema: z.ZodType) {}
  get json(): object {
    this.#json ??= openApiSchema(this.schema, 'output');
    return this.#json;
  }
}

/** The response schemas of a route by status (see ResponseSchema). */
export const responseSchemas = (response: Partial<Record<number, z.ZodType>>) =>
  Object.fromEntries(Object.entries(response).map(([status, s]) => [status, new ResponseSchema(s!)]));

/** A route schema's responses as OpenAPI reads them (for @fastify/swagger's transform). */
export function withResponsesAsJson<S extends { response?: Record<string, unknown> }>(schema: S): S {
  if (!schema.response) return schema;
  const response = Object.fromEntries(
    Object.entries(schema.response).map(([status, s]) => [status, s instanceof ResponseSchema ? s.json : s]),
  );
  return { ...schema, response };
}

type SerializerFactory = ReturnType<typeof SerializerSelector>;
type RouteDefinition = Parameters<ReturnType<SerializerFactory>>[0];

/** A route's answer as fast-json-stringify compiles it: a ResponseSchema becomes its JSON Schema. */
export const asJsonRoute = (route: RouteDefinition): RouteDefinition => ({
  ...route,
  schema: route.schema instanceof ResponseSchema ? route.schema.json : route.schema,
});

/**
 * Fastify's serializer builder, as by default (fast-json-stringify with the same options), except
 * that each route's serializer is compiled on its first use: the same function serialises every
 * answer after the first, and a route never answered costs nothing.
 */
export const lazySerializers: SerializerFactory = (externalSchemas, options) => {
  const compile = SerializerSelector()(externalSchemas, options);
  return (route) => {
    let serialize: ((doc: unknown) => string) | undefined;
    return (doc) => {
      serialize ??= compile(asJsonRoute(route));
      return serialize(doc);
    };
  };
};
