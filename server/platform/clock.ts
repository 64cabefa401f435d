import { AsyncLocalStorage } from 'node:async_hooks';

const replayed = new AsyncLocalStorage<Date>();

/**
 * The time a command acts at: the real time, or the historical time a demo seed replays a step
 * at (`atTime`). Commands take every timestamp they write from here (the engine hands it to the
 * step as `now`), so a year of demo data is made by the commands themselves.
 */
export function now(): Date {
  const at = replayed.getStore();
  return at ? new Date(at) : new Date();
}

/** Runs `fn` with the clock standing at `at` (demo seeds only: a real request never sets it). */
export function atTime<T>(at: Date, fn: () => Promise<T>): Promise<T> {
  return replayed.run(at, fn);
}
