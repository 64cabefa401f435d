import { eq, like, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees } from '../../db/schema';

/** Creates a committee under `parentId` and fills its materialised path. */
export async function insertCommittee(
  db: DbOrTx,
  input: { name: string; level: string; parentId: number | null; region?: string | null },
) {
  return db.transaction(async (tx) => {
    let parentPath = '/';
    if (input.parentId !== null) {
      const [parent] = await tx
        .select({ path: committees.path })
        .from(committees)
        .where(eq(committees.id, input.parentId));
      parentPath = parent.path;
    }
    const [row] = await tx
      .insert(committees)
      .values({
        name: input.name,
        level: input.level,
        parentId: input.parentId,
        region: input.region ?? null,
      })
      .returning();
    const path = `${parentPath}${row.id}/`;
    await tx.update(committees).set({ path }).where(eq(committees.id, row.id));
    return { ...row, path };
  });
}

/** SQL condition: a row's committee is the caller's own or one below it (read scope). */
export function inReadScope(committeeColumn: unknown, actor: Pick<Actor, 'committeePath'>) {
  return sql`${committeeColumn} in (select id from committees where path like ${`${actor.committeePath}%`})`;
}

/** The caller's committee and every committee below it. */
export function listVisibleCommittees(db: DbOrTx, actor: Pick<Actor, 'committeePath'>) {
  return db
    .select()
    .from(committees)
    .where(like(committees.path, `${actor.committeePath}%`))
    .orderBy(committees.path);
}
