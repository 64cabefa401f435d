import { z } from 'zod';
import type { Actor, Role } from '../../domain/roles';
import type { DbOrTx } from '../db/client';
import { responseFor } from '../http/response';
import { shanghaiDate } from '../lib/working-days';
import { now } from './clock';

/**
 * What a user owes, declared by each module (server/modules/todos.ts lists them): a kind of
 * work, who can owe it, how many the caller owes now (counted in SQL in the caller's scope) and
 * the page where the work is done. The home page and the header bell show the same list.
 */
export interface TodoSpec {
  key: string;
  label: string;
  roles: readonly Role[];
  /** Whether this caller can owe it at all (a department's duty, a linked member or unit). */
  applies?: (actor: Actor) => boolean;
  count: (db: DbOrTx, actor: Actor, today: string) => Promise<number>;
  /** The page that lists exactly these items (its filters in the query string). */
  link: (db: DbOrTx, actor: Actor, today: string) => string | Promise<string>;
  /** Overdue work, shown first and in red. */
  urgent?: boolean;
}

export interface Todo {
  key: string;
  label: string;
  count: number;
  link: string;
  urgent: boolean;
}

/** GET /api/todos. */
export const todoListSchema = responseFor<{ items: Todo[] }>()(
  z.object({
    items: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        count: z.number(),
        link: z.string(),
        urgent: z.boolean(),
      }),
    ),
  }),
);

/** The caller's to-dos with something owed: urgent ones first, then in the modules' order. */
export async function todosFor(db: DbOrTx, actor: Actor, specs: readonly TodoSpec[]): Promise<Todo[]> {
  const today = shanghaiDate(now());
  const mine = specs.filter((s) => s.roles.includes(actor.role) && (s.applies?.(actor) ?? true));
  const todos: Todo[] = [];
  // One after another: on the embedded database the queries share one connection anyway.
  for (const s of mine) {
    const count = await s.count(db, actor, today);
    if (count > 0) {
      todos.push({
        key: s.key,
        label: s.label,
        count,
        link: await s.link(db, actor, today),
        urgent: s.urgent ?? false,
      });
    }
  }
  return [...todos.filter((t) => t.urgent), ...todos.filter((t) => !t.urgent)];
}
