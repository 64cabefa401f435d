import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db, Tx } from './client';

const current = new AsyncLocalStorage<Tx>();

/**
 * Runs `work` with `tx` as the database of every query made through a scoped handle meanwhile
 * (http/write-transaction.ts: a write request's transaction).
 */
export function inTransactionScope<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  return current.run(tx, work);
}

/**
 * The app's database handle: the database itself, except while a write request's transaction is
 * open in the calling async context, where it is that transaction. Code that kept `ctx.handle.db`
 * from registration time, or a helper that reaches for it, thus joins the write's transaction instead
 * of writing outside it (on PGlite, which has one connection, it would wait for that transaction
 * forever). Outside a write nothing changes.
 */
export function scopedDb(root: Db): Db {
  return new Proxy(root, {
    get(target, prop, receiver) {
      const tx = current.getStore();
      if (!tx) return Reflect.get(target, prop, receiver);
      const value = Reflect.get(tx, prop, tx);
      return typeof value === 'function' ? value.bind(tx) : value;
    },
  });
}
