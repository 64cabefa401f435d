import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * A statement text is prepared on a connection from the second time the process sends it: a text
 * sent once (a migration, a report nobody repeats) stays unnamed, so the server keeps no plan for it.
 */
const REPEATS_BEFORE_NAMING = 2;
/** Texts counted at once; the count starts over when full (a flood of one-off texts). */
const MAX_COUNTED = 5_000;
/** Prepared statements one connection keeps at most (each holds its plans in the server process). */
export const MAX_NAMED_PER_CONNECTION = 300;

const seen = new Map<string, number>();

/**
 * Full-text matching (`@@`) is planned each time: its best plan depends on how common the words are,
 * which a generic plan cannot know (similar proposals took 1.5 s a statement by the generic plan
 * against 30 ms planned for their words).
 */
const planEachTime = (text: string) => text.includes('@@');

function nameFor(text: string): string | null {
  if (planEachTime(text)) return null;
  const count = (seen.get(text) ?? 0) + 1;
  if (count < REPEATS_BEFORE_NAMING) {
    if (seen.size >= MAX_COUNTED) seen.clear();
    seen.set(text, count);
    return null;
  }
  seen.set(text, REPEATS_BEFORE_NAMING);
  return `tx_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
}

interface QueryConfig {
  text?: unknown;
  name?: string;
  submit?: unknown;
}

/**
 * The pool's connection class: every statement the app repeats with parameters runs as a named
 * prepared statement, so PostgreSQL plans it once per connection and, once its generic plan costs
 * no more than a planned one (plan_cache_mode auto, after five executions), not at all. The year-end
 * run spent a third of the database's time planning its per-committee statements (bench/README.md,
 * issue 8). The same text always gets the same name, so a connection prepares it once; a connection
 * holding its maximum sends further texts unnamed.
 */
export function namingClient(base: typeof pg.Client): typeof pg.Client {
  return class NamingClient extends base {
    private named = new Set<string>();

    // biome-ignore lint/suspicious/noExplicitAny: node-postgres' overloads are passed through as they are.
    query(config: any, values?: any, callback?: any): any {
      const c = config as QueryConfig | null;
      if (
        typeof c === 'object' &&
        c !== null &&
        typeof c.text === 'string' &&
        c.name === undefined &&
        typeof c.submit !== 'function' &&
        Array.isArray(values) &&
        values.length > 0
      ) {
        const name = nameFor(c.text);
        if (name && (this.named.has(name) || this.named.size < MAX_NAMED_PER_CONNECTION)) {
          this.named.add(name);
          return super.query({ ...config, name }, values, callback);
        }
      }
      return super.query(config, values, callback);
    }
  } as unknown as typeof pg.Client;
}
