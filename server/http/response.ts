import { z } from 'zod';

/**
 * A value as the web receives it: JSON writes a Date as its ISO string and leaves out a property
 * that is undefined. Response schemas are checked against the presenters' types through this, so
 * a presenter and its schema cannot part.
 */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? JsonObject<T>
      : T;

/** A property that may be undefined (but is not `unknown`, such as a JSON column) may be missing. */
type Absent<V> = unknown extends V ? false : undefined extends V ? true : false;
type JsonObject<T> = { [K in keyof T as Absent<T[K]> extends true ? never : K]: Json<T[K]> } & {
  [K in keyof T as Absent<T[K]> extends true ? K : never]?: Json<Exclude<T[K], undefined>>;
};

/** A moment (a Date on the server): `date-time` in OpenAPI, serialised with toISOString(). */
export const dateTime = z.string().meta({ format: 'date-time' });

/** Every list answer: one page of rows, the total (a lower bound when capped) and the page asked for. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number(),
    totalCapped: z.boolean().optional(),
    page: z.number(),
    pageSize: z.number(),
  });

/**
 * The response schema of a presenter's output `T`. Fastify serialises with it and drops every
 * property it does not name, so it must say exactly what the presenter returns: compiling
 * requires the schema's output to be the presenter's JSON (`S extends ZodType<Json<T>>`: no
 * field left out, none of another type) and the presenter's JSON to fit the schema (the rest
 * argument: no field the presenter may leave out or fill otherwise).
 */
export function responseFor<T>() {
  return <S extends z.ZodType<Json<T>>>(
    schema: S,
    ..._fits: [Json<T>] extends [z.output<S>] ? [] : [error: 'the presenter returns what the schema refuses']
  ): S => schema;
}

/** What a presenter function returns once awaited. */
export type Presented<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/** One boolean per key: a presenter's `abilities` over a workflow's actions. */
export const flagsOf = <A extends string>(keys: readonly A[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<A, z.ZodBoolean>);
