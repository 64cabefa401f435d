import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { ADOPTION_LEVEL_LABELS, type IssueKind, issueTitle } from '../../../../domain/bulletin-issues';
import { adoptionLevelOf } from '../../../../domain/opinion-reports';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { committees, opinionAdoptions, opinionItems, opinionReports } from '../../../db/schema';
import { conflict } from '../../../errors';
import { shanghaiDate } from '../../../lib/working-days';
import { appendEvent } from '../../../platform/events';
import { notifyUsers } from '../../notifications/notify';
import { itemReporterAccounts, opinionEditorsOf } from '../audience';
import { reportVector } from '../text';
import { transitionItem } from '../transitions';

async function committeeOf(tx: Tx, id: number) {
  const [c] = await tx.select().from(committees).where(eq(committees.id, id));
  return c;
}

/**
 * 报送上级 (纵向联通): the item, its text final (its issue signed off), becomes a report of the
 * lower committee as a body in the parent committee's 社情民意 inbox; the parent's editors are told.
 * The new report points back at the item, so the parent's use of it is credited down here.
 */
export const sendItemUp = (db: Db, actor: Actor, itemId: number, input: { expectedVersion?: number }) =>
  transitionItem(db, actor, {
    id: itemId,
    action: 'sendUp',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row, now: at }) => {
      const own = await committeeOf(tx, row.committeeId);
      if (own.parentId === null) throw conflict('本会没有在平台上的上级政协');
      const parent = await committeeOf(tx, own.parentId);
      const text = {
        title: row.title,
        situation: row.body,
        analysis: '',
        recommendation: '',
        urgency: 'normal' as const,
      };
      const [report] = await tx
        .insert(opinionReports)
        .values({
          committeeId: parent.id,
          reporterKind: 'committee',
          reporterName: own.name,
          reporterCommitteeId: own.id,
          filedByUserId: actor.userId,
          ...text,
          status: 'submitted',
          submittedAt: at,
          sourceItemId: row.id,
          searchVector: reportVector(text, parent.path),
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      await appendEvent(tx, actor, {
        committeeId: parent.id,
        subjectType: 'opinionReport',
        subjectId: report.id,
        // Filed and sent in one step: the parent's timeline reads 报送, naming the lower committee.
        action: 'submit',
        toStatus: 'submitted',
        note: own.name,
        data: { sourceItemId: row.id },
      });
      await notifyUsers(tx, {
        committeeId: parent.id,
        userIds: await opinionEditorsOf(tx, parent.id),
        kind: 'opinionReport.submit',
        title: `${own.name}报送社情民意信息：${row.title}`,
        body: null,
        link: `/opinions/${report.id}`,
      });
      return { note: `报送${parent.name}`, data: { parentReportId: report.id, parentId: parent.id } };
    },
  });

/**
 * A sent issue carries reports that came up from lower committees: each lower item they came from
 * (and every item further down the chain it came from) records this committee's adoption (市政协采用,
 * 省政协采用 …) with the issue as evidence, and its reporters are told. Their duty archives read the
 * adoption through the registry: no one types it twice. Once per item and level.
 */
export async function creditLowerItems(
  tx: Tx,
  actor: Actor,
  issue: { id: number; committeeId: number; kind: string; year: number; number: number | null },
  at: Date,
) {
  const own = await committeeOf(tx, issue.committeeId);
  const level = adoptionLevelOf(own.level);
  const evidence = `${own.name}${issueTitle(issue.kind as IssueKind, issue.year, issue.number)}`;
  const itemIds = (
    await tx.select({ id: opinionItems.id }).from(opinionItems).where(eq(opinionItems.issueId, issue.id))
  ).map((i) => i.id);
  let frontier = await sourcesOf(tx, itemIds);
  const seen = new Set<number>();
  while (frontier.length) {
    const next: number[] = [];
    for (const source of frontier.filter((s) => !seen.has(s.id))) {
      seen.add(source.id);
      await creditItem(tx, actor, source, { level, evidence, day: shanghaiDate(at), at });
      next.push(source.id);
    }
    frontier = await sourcesOf(tx, next);
  }
}

/** The lower committees' items the reports in these items were sent up from. */
async function sourcesOf(tx: Tx, itemIds: number[]) {
  if (itemIds.length === 0) return [];
  return tx
    .selectDistinct({ id: opinionItems.id, committeeId: opinionItems.committeeId, title: opinionItems.title })
    .from(opinionReports)
    .innerJoin(opinionItems, eq(opinionItems.id, opinionReports.sourceItemId))
    .where(
      and(
        inArray(opinionReports.itemId, itemIds),
        isNotNull(opinionReports.sourceItemId),
        eq(opinionReports.status, 'adopted'),
      ),
    );
}

async function creditItem(
  tx: Tx,
  actor: Actor,
  item: { id: number; committeeId: number; title: string },
  a: { level: ReturnType<typeof adoptionLevelOf>; evidence: string; day: string; at: Date },
) {
  const inserted = await tx
    .insert(opinionAdoptions)
    .values({
      committeeId: item.committeeId,
      itemId: item.id,
      level: a.level,
      adoptedOn: a.day,
      evidence: a.evidence,
      recordedByUserId: actor.userId,
      createdAt: a.at,
    })
    .onConflictDoNothing()
    .returning({ id: opinionAdoptions.id });
  if (inserted.length === 0) return;
  const label = ADOPTION_LEVEL_LABELS[a.level];
  await appendEvent(tx, actor, {
    committeeId: item.committeeId,
    subjectType: 'opinionItem',
    subjectId: item.id,
    action: 'adoptedAbove',
    note: `${label}采用（${a.evidence}）`,
    data: { level: a.level, adoptedOn: a.day },
  });
  await notifyUsers(tx, {
    committeeId: item.committeeId,
    userIds: await itemReporterAccounts(tx, [item.id]),
    kind: 'opinionReport.adoption',
    title: `您的社情民意信息被${label}采用：${item.title}`,
    body: a.evidence,
    link: '/opinions/mine',
  });
}
