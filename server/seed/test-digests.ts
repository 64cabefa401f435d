import { createHash } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import { liaisonGroups, members, sectors } from '../db/schema';

/**
 * Digests of what two demo seeds must share, for the determinism test (server/seed/seed.test.ts):
 * one second seed checks every module's part at once, since each seed costs a fifth of a minute.
 */

const sha256 = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

async function lines(ctx: AppContext, query: ReturnType<typeof sql>): Promise<string[]> {
  const result = (await ctx.handle.db.execute(query)) as unknown as { rows: { line: string }[] };
  return result.rows.map((r) => r.line);
}

/** Names, sectors, positions, areas and the decrypted phone and ID numbers, in the official order. */
export async function rosterDigest(ctx: AppContext): Promise<string> {
  const rows = await ctx.handle.db
    .select({
      order: members.officialOrder,
      name: members.name,
      sector: sectors.name,
      position: members.position,
      area: liaisonGroups.area,
      phoneEnc: members.phoneEnc,
      idNumberEnc: members.idNumberEnc,
    })
    .from(members)
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .leftJoin(liaisonGroups, eq(liaisonGroups.id, members.liaisonGroupId))
    .orderBy(asc(members.committeeId), asc(members.officialOrder));
  return sha256(
    rows.map((r) =>
      [
        r.order,
        r.name,
        r.sector,
        r.position,
        r.area,
        ctx.cipher.decrypt(r.phoneEnc!),
        ctx.cipher.decrypt(r.idNumberEnc!),
      ].join('|'),
    ),
  );
}

/** Every proposal's year, number, title and status. */
export async function proposalDigest(ctx: AppContext): Promise<string> {
  return sha256(
    await lines(
      ctx,
      sql`select concat_ws('|', s.year, p.number, p.title, p.status) as line
          from proposals p join sessions s on s.id = p.session_id order by p.id`,
    ),
  );
}

/** Every 社情民意 report's reporter, title, status and filing time, and every issue's number and state. */
export async function opinionDigest(ctx: AppContext): Promise<string> {
  return sha256([
    ...(await lines(
      ctx,
      sql`select concat_ws('|', reporter_name, title, status, submitted_at) as line
          from opinion_reports order by id`,
    )),
    ...(await lines(
      ctx,
      sql`select concat_ws('|', kind, number, status, sent_at) as line from bulletin_issues order by id`,
    )),
  ]);
}
