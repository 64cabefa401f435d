import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { dutySelfReports, members, sectors } from '../../db/schema';
import { badRequest } from '../../errors';
import { now } from '../../platform/clock';
import { appendEvent } from '../../platform/events';
import { resolveScopeCommittee } from '../../platform/scope';
import { membersOfYear } from './compute';
import { selfReportDraft } from './documents';
import { memberArchive } from './present';

/**
 * 述职: the member's saved text of the year, or, before they save anything, the draft written from
 * their archive. Whoever reads the member's archive reads it.
 */
export async function selfReportOf(db: DbOrTx, actor: Actor, memberId: number, year: number) {
  const archive = await memberArchive(db, actor, memberId, year);
  const [row] = await db
    .select()
    .from(dutySelfReports)
    .where(and(eq(dutySelfReports.memberId, memberId), eq(dutySelfReports.year, year)));
  return {
    memberId,
    memberName: archive.member.name,
    year,
    text: row?.text ?? selfReportDraft(archive),
    saved: row !== undefined,
    submittedAt: row?.submittedAt ?? null,
    version: row?.version ?? 0,
    editable: actor.memberId === memberId,
  };
}

/** The member saves (and, with `submit`, submits) their 述职; a submitted one may be resubmitted. */
export async function saveSelfReport(
  db: DbOrTx,
  actor: Actor,
  input: { year: number; text: string; submit: boolean },
) {
  if (actor.memberId === null) throw badRequest('当前账号未关联委员', 'memberId');
  const [member] = await db.select().from(members).where(eq(members.id, actor.memberId));
  const at = now();
  const submittedAt = input.submit ? at : null;
  const [row] = await db
    .insert(dutySelfReports)
    .values({
      committeeId: member.committeeId,
      memberId: member.id,
      year: input.year,
      text: input.text,
      submittedAt,
    })
    .onConflictDoUpdate({
      target: [dutySelfReports.memberId, dutySelfReports.year],
      set: {
        text: input.text,
        updatedAt: at,
        version: sql`${dutySelfReports.version} + 1`,
        ...(input.submit ? { submittedAt: at } : {}),
      },
    })
    .returning();
  await appendEvent(db, actor, {
    committeeId: member.committeeId,
    subjectType: 'dutySelfReport',
    subjectId: row.id,
    action: input.submit ? 'submit' : 'save',
    data: { year: input.year },
  });
  return selfReportOf(db, actor, member.id, input.year);
}

/** Staff: every member of the year and whether (and when) they submitted their 述职. */
export async function selfReportList(db: DbOrTx, actor: Actor, year: number, committeeId?: number) {
  const committee = await resolveScopeCommittee(db, actor, committeeId);
  const ids = (await membersOfYear(db, committee.id, year)).map((m) => m.id);
  if (ids.length === 0) return { year, submitted: 0, items: [] };
  const rows = await db
    .select({
      memberId: members.id,
      name: members.name,
      position: members.position,
      sector: sectors.name,
      submittedAt: dutySelfReports.submittedAt,
      updatedAt: dutySelfReports.updatedAt,
    })
    .from(members)
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .leftJoin(dutySelfReports, and(eq(dutySelfReports.memberId, members.id), eq(dutySelfReports.year, year)))
    .where(
      sql`${members.id} in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )
    .orderBy(asc(members.officialOrder), asc(members.namePinyin));
  return { year, submitted: rows.filter((r) => r.submittedAt !== null).length, items: rows };
}
