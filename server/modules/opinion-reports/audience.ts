import { and, eq, inArray } from 'drizzle-orm';
import { OPINION_DUTY } from '../../../domain/opinion-reports';
import type { DbOrTx } from '../../db/client';
import { departments, opinionReports, users } from '../../db/schema';

/** The active accounts of a committee's 社情民意信息 staff: they hear of filed and withdrawn reports. */
export async function opinionEditorsOf(db: DbOrTx, committeeId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(
      and(
        eq(users.active, true),
        eq(users.role, 'staff'),
        eq(users.committeeId, committeeId),
        eq(departments.duty, OPINION_DUTY),
      ),
    );
  return rows.map((r) => r.id);
}

/** A member's active accounts. */
export async function memberAccounts(db: DbOrTx, memberIds: number[]): Promise<number[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.memberId, memberIds)));
  return rows.map((r) => r.id);
}

/** The columns that say who reported. */
export interface ReporterOf {
  reporterKind: string;
  reporterMemberId: number | null;
  filedByUserId: number;
}

/**
 * The accounts that hear of a report's fate: a member's accounts, the 特邀信息员's own, for a body
 * the editor who filed it in its name; a lower committee's report is followed on its own item.
 */
export async function reporterAccounts(db: DbOrTx, reports: ReporterOf[]): Promise<number[]> {
  const memberIds = reports.flatMap((r) =>
    r.reporterKind === 'member' && r.reporterMemberId ? [r.reporterMemberId] : [],
  );
  const filers = reports.flatMap((r) =>
    r.reporterKind === 'informant' || r.reporterKind === 'body' ? [r.filedByUserId] : [],
  );
  return [...new Set([...(await memberAccounts(db, [...new Set(memberIds)])), ...filers])];
}

/** The reporters' accounts of the items given (every report merged into each). */
export async function itemReporterAccounts(db: DbOrTx, itemIds: number[]): Promise<number[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .select({
      reporterKind: opinionReports.reporterKind,
      reporterMemberId: opinionReports.reporterMemberId,
      filedByUserId: opinionReports.filedByUserId,
    })
    .from(opinionReports)
    .where(inArray(opinionReports.itemId, itemIds));
  return reporterAccounts(db, rows);
}
