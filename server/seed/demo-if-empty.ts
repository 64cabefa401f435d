import { count } from 'drizzle-orm';
import type { AppContext } from '../context';
import { committees } from '../db/schema';

/**
 * First start on an empty database: load the demo and print how to sign in. A database that
 * already has a committee is never touched, and a start on it does not load the demo's modules
 * (a third of a megabyte of names, texts and plans).
 */
export async function seedDemoIfEmpty(ctx: AppContext, log: (s: string) => void): Promise<void> {
  const [{ n }] = await ctx.handle.db.select({ n: count() }).from(committees);
  if (n > 0) return;
  const { describeDemo, seedDemo } = await import('./demo');
  log(describeDemo(await seedDemo(ctx)));
}
