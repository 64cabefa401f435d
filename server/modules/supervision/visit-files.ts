import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { inspectionVisits, supervisionVisits } from '../../db/schema';
import { notFound } from '../../errors';
import { removeUploads } from '../../lib/uploads';
import {
  checkedType,
  deleteAttachments,
  insertAttachment,
  type Upload,
  withStoredUpload,
} from '../../platform/attachments';
import { appendEvent } from '../../platform/events';
import { loadGroup, loadInspection } from './load';
import { assertOrganises } from './policy';

/**
 * Files of a visit (photos, minutes, a scanned sign-in sheet), kept by the shared attachments
 * platform under the visit as subject. A visit has no rights of its own: whoever reads its group or
 * inspection reads its files, whoever records visits there adds and removes them.
 */
export const VISIT_FILE = 'visitFile';
export type VisitOwner = 'group' | 'inspection';

const OWNERS = {
  group: {
    load: loadGroup,
    visits: supervisionVisits,
    parent: supervisionVisits.groupId,
    subjectType: 'supervisionGroup',
    visitSubject: 'supervisionVisit',
  },
  inspection: {
    load: loadInspection,
    visits: inspectionVisits,
    parent: inspectionVisits.inspectionId,
    subjectType: 'inspection',
    visitSubject: 'inspectionVisit',
  },
} as const;

/** The attachments' subject type of a group's or an inspection's visits. */
export const visitSubjectType = (owner: VisitOwner) => OWNERS[owner].visitSubject;
export const visitSubject = (owner: VisitOwner, visitId: number) => ({
  type: OWNERS[owner].visitSubject,
  id: visitId,
});

export interface VisitTarget {
  owner: VisitOwner;
  committeeId: number;
  parentId: number;
  visit: { id: number; visitedOn: string; place: string };
}

/** A visit of a group or inspection the caller may read; else a 404 (a visit of another record too). */
export async function loadVisit(
  db: DbOrTx,
  actor: Actor,
  owner: VisitOwner,
  id: number,
  visitId: number,
): Promise<VisitTarget> {
  const o = OWNERS[owner];
  const parent = await o.load(db, actor, id);
  const [visit] = await db
    .select({
      id: o.visits.id,
      visitedOn: o.visits.visitedOn,
      place: o.visits.place,
      committeeId: o.visits.committeeId,
    })
    .from(o.visits)
    .where(and(eq(o.visits.id, visitId), eq(o.parent, id)));
  if (!visit) throw notFound('活动记录');
  // The visit's committee: a joint record's part records and files its own visits.
  return { owner, committeeId: visit.committeeId, parentId: parent.id, visit };
}

/** The visit for a write: readable, and the caller records visits of the visit's committee (else 403). */
export async function loadVisitToRecord(
  db: DbOrTx,
  actor: Actor,
  owner: VisitOwner,
  id: number,
  visitId: number,
) {
  const target = await loadVisit(db, actor, owner, id, visitId);
  assertOrganises(actor, target);
  return target;
}

const visitName = (t: VisitTarget) => `${t.visit.visitedOn} ${t.visit.place}`;

/** 上传活动附件: the bytes are stored, then linked and logged on the group or inspection in one transaction. */
export async function addVisitFile(ctx: AppContext, actor: Actor, target: VisitTarget, file: Upload) {
  const mime = checkedType(file);
  return withStoredUpload(ctx, target.committeeId, file, mime, (stored) =>
    ctx.handle.db.transaction(async (tx) => {
      const attachmentId = await insertAttachment(tx, {
        committeeId: target.committeeId,
        subject: visitSubject(target.owner, target.visit.id),
        purpose: VISIT_FILE,
        file: stored,
        actor,
      });
      await appendEvent(tx, actor, {
        committeeId: target.committeeId,
        subjectType: OWNERS[target.owner].subjectType,
        subjectId: target.parentId,
        action: 'visitFile',
        note: `${visitName(target)}：${file.fileName}`,
        data: { visitId: target.visit.id, attachmentId },
      });
      return attachmentId;
    }),
  );
}

/** 删除活动附件; the bytes go once the row's removal has committed. */
export async function removeVisitFile(
  ctx: AppContext,
  actor: Actor,
  target: VisitTarget,
  attachmentId: number,
) {
  const keys = await ctx.handle.db.transaction(async (tx) => {
    const removed = await deleteAttachments(tx, visitSubject(target.owner, target.visit.id), {
      purpose: VISIT_FILE,
      id: attachmentId,
    });
    if (removed.length === 0) throw notFound('附件');
    await appendEvent(tx, actor, {
      committeeId: target.committeeId,
      subjectType: OWNERS[target.owner].subjectType,
      subjectId: target.parentId,
      action: 'removeVisitFile',
      note: visitName(target),
      data: { visitId: target.visit.id, attachmentId },
    });
    return removed;
  });
  await removeUploads(ctx.env.DATA_DIR, keys);
}
