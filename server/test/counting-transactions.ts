import type { Db } from '../db/client';

/**
 * The database with the transactions opened through it counted, to show that a job passes over work
 * already done without opening one per candidate.
 */
export function countingTransactions(db: Db): { db: Db; opened: () => number } {
  let opened = 0;
  const counting = new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'transaction') return value;
      return (...args: unknown[]) => {
        opened++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { db: counting, opened: () => opened };
}
