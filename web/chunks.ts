import { join } from 'node:path';

type Context = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/**
 * The first page of a signed-in phone in a few large chunks instead of sixty small ones. Left to
 * itself Rolldown gives every set of importers its own chunk (an icon, a hook, a 0.1 KB context):
 * over HTTP/1.1 and a 150 ms 4G round trip, six at a time, their requests cost more than their
 * bytes. Only what the entries import statically (Rolldown's `$initial`, after tree-shaking) is
 * grouped; the pages fetched later stay split as Rolldown splits them.
 * - `vendor`: what the public pages and the signed-in app both load (React, its router and query);
 * - `app`: the rest of the signed-in app's entry (Ant Design's core, the shell, the home page).
 * The public entry keeps its own modules: a reader of the published replies loads no Ant Design.
 */
export function chunkGroups(root: string) {
  const publicEntry = join(root, 'src/public/main.tsx');
  const appEntry = join(root, 'src/main.tsx');
  const reached = new Map<string, Set<string>>();
  /** The modules an entry imports, transitively; through a barrel (antd's index) more than it uses,
   * which the `$initial` tag then narrows to what the bundle keeps. */
  const reach = (ctx: Context, entry: string) => {
    let seen = reached.get(entry);
    if (seen) return seen;
    seen = new Set<string>();
    const todo = [entry];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    reached.set(entry, seen);
    return seen;
  };
  const inApp = (id: string, ctx: Context) => reach(ctx, appEntry).has(id);
  const inPublic = (id: string, ctx: Context) => reach(ctx, publicEntry).has(id);
  return {
    groups: [
      // First: a group takes its modules' imports along, so `app` must not be the one to take React.
      {
        name: (id: string, ctx: Context) => (inApp(id, ctx) && inPublic(id, ctx) ? 'vendor' : null),
        debugName: 'vendor',
        tags: ['$initial' as const],
        priority: 2,
      },
      {
        name: (id: string, ctx: Context) => (inApp(id, ctx) && !inPublic(id, ctx) ? 'app' : null),
        debugName: 'app',
        tags: ['$initial' as const],
        priority: 1,
      },
    ],
  };
}
