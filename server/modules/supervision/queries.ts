import { and, asc, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import {
  APPOINTMENT_ROLE_LABELS,
  type AppointmentRole,
  INSPECTION_KIND_LABELS,
  type InspectionKind,
  SUPERVISION_EVENT_LABELS,
  SUPERVISION_KIND_LABELS,
  type SupervisionKind,
} from '../../../domain/supervision';
import type { DbOrTx } from '../../db/client';
import {
  consultationTopics,
  handlingUnits,
  inspections,
  inspectionVisits,
  memberAppointments,
  members,
  supervisionGroups,
  supervisionVisits,
} from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { listAttachmentsOf } from '../../platform/attachments';
import { presentEvent, subjectEvents } from '../../platform/events';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { likePattern, readScopeIds } from '../../platform/scope';
import type { JointRef } from '../consultation-activities/joint-participants';
import { partsOf } from '../consultation-activities/joint-parts';
import { jointListScope } from '../consultation-activities/joint-scope';
import { organisesConsultation } from '../consultation-activities/policy';
import { suggestionsOf } from '../consultation-activities/suggestion-queries';
import { loadGroup, loadInspection } from './load';
import { organisesSupervision } from './policy';
import { preparedActivity } from './preparations';
import type { GroupFilters, GroupQuery, InspectionFilters, InspectionQuery } from './schemas';
import { VISIT_FILE, type VisitOwner, visitSubjectType } from './visit-files';

const G = supervisionGroups;
const I = inspections;
const yearOf = (col: unknown) => sql`extract(year from ${col})::int`;

/** Names of members by id, in the order given. */
async function namesOf(db: DbOrTx, ids: number[]) {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(inArray(members.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => ({ id, name: byId.get(id) ?? '' }));
}

/** Names of everyone present at the visits (a joint record's parts name members of their own committees). */
async function visitMemberNames(db: DbOrTx, visits: { memberIds: number[] }[]) {
  const named = await namesOf(db, [...new Set(visits.flatMap((v) => v.memberIds))]);
  return new Map(named.map((m) => [m.id, m.name]));
}

const groupCounts = {
  visits: sql<number>`(select count(*)::int from supervision_visits v where v.group_id = supervision_groups.id)`,
  suggestions: sql<number>`(select count(*)::int from consultation_suggestions s where s.supervision_group_id = supervision_groups.id)`,
  open: sql<number>`(select count(*)::int from consultation_suggestions s where s.supervision_group_id = supervision_groups.id and s.status = 'sent')`,
};

function presentGroup(r: {
  g: typeof G.$inferSelect;
  unitName: string;
  visits: number;
  suggestions: number;
  open: number;
}) {
  return {
    id: r.g.id,
    committeeId: r.g.committeeId,
    kind: r.g.kind,
    kindLabel: SUPERVISION_KIND_LABELS[r.g.kind as SupervisionKind],
    name: r.g.name,
    topic: r.g.topic,
    unitId: r.g.unitId,
    unitName: r.unitName,
    startsOn: r.g.startsOn,
    endsOn: r.g.endsOn,
    memberCount: r.g.memberIds.length,
    visits: r.visits,
    suggestions: r.suggestions,
    openSuggestions: r.open,
  };
}
export type GroupItem = ReturnType<typeof presentGroup>;

/** Supervision groups and special topics in the caller's scope matching the filters, newest first. */
async function selectGroups(db: DbOrTx, actor: Actor, q: GroupFilters, paging: Paging, purpose: ListPurpose) {
  const c: SQL[] = [];
  if (q.year) c.push(sql`${q.year} between ${yearOf(G.startsOn)} and ${yearOf(G.endsOn)}`);
  if (q.kind) c.push(eq(G.kind, q.kind));
  if (q.q) c.push(ilike(sql`${G.name} || ' ' || ${G.topic}`, likePattern(q.q)));
  const src: ListSource = { table: G, id: G.id, committeeId: G.committeeId };
  const { scopeIds, visible } = await jointListScope(db, actor, src, 'supervisionGroup');
  return fetchListRows(db, src, { scopeIds, conditions: [...visible, ...c], paging, purpose }, (s) =>
    db
      .select({ g: G, unitName: handlingUnits.name, ...groupCounts, counted: s.counted })
      .from(G)
      .innerJoin(handlingUnits, eq(handlingUnits.id, G.unitId))
      .where(s.inPage)
      .orderBy(...s.order),
  );
}

export async function listGroups(db: DbOrTx, actor: Actor, q: GroupQuery): Promise<Page<GroupItem>> {
  const paging = { limit: q.pageSize, offset: offsetOf(q) };
  const { rows, ...total } = await selectGroups(db, actor, q, paging, 'page');
  return { items: rows.map(presentGroup), ...total, page: q.page, pageSize: q.pageSize };
}

export async function exportGroups(db: DbOrTx, actor: Actor, q: GroupFilters) {
  const { rows } = await selectGroups(db, actor, q, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(presentGroup);
}

/** The files of a record's visits, by visit id. */
const visitFiles = (db: DbOrTx, owner: VisitOwner, visits: { id: number }[]) =>
  listAttachmentsOf(
    db,
    visitSubjectType(owner),
    visits.map((v) => v.id),
    VISIT_FILE,
  );

/** A group's or inspection's timeline (no statuses: these records have no workflow). */
const timelineOf = async (db: DbOrTx, type: string, id: number) =>
  (await subjectEvents(db, type, id)).map((e) =>
    presentEvent(e, { action: SUPERVISION_EVENT_LABELS, status: {} }),
  );

/**
 * A joint record's parts (三级联动) with each part's visits, and what the caller writes there: the
 * organiser's staff invite, an invited committee's staff name their members and record their part's
 * visits and suggestions.
 */
async function jointOf(db: DbOrTx, actor: Actor, ref: JointRef, visits: { committeeId: number }[]) {
  const parts = (await partsOf(db, actor, ref)).map((p) => ({
    ...p,
    visits: visits.filter((v) => v.committeeId === p.committeeId).length,
  }));
  const joined = parts.some((p) => p.mine && !p.organiser);
  const staff = organisesConsultation(actor);
  return {
    parts,
    canInvite: staff && actor.committeeId === ref.committeeId,
    canWritePart: staff && joined,
  };
}

/** A group's page: members, visits with who was there, suggestions through the loop, its timeline. */
export async function groupView(db: DbOrTx, actor: Actor, id: number) {
  const g = await loadGroup(db, actor, id);
  const [head] = await db
    .select({ g: G, unitName: handlingUnits.name, ...groupCounts })
    .from(G)
    .innerJoin(handlingUnits, eq(handlingUnits.id, G.unitId))
    .where(eq(G.id, id));
  const visits = await db
    .select()
    .from(supervisionVisits)
    .where(eq(supervisionVisits.groupId, id))
    .orderBy(asc(supervisionVisits.visitedOn), asc(supervisionVisits.id));
  const memberList = await namesOf(db, g.memberIds);
  const nameOf = await visitMemberNames(db, visits);
  const files = await visitFiles(db, 'group', visits);
  return {
    ...presentGroup(head),
    leaderMemberId: g.leaderMemberId,
    members: memberList,
    visitList: visits.map((v) => ({
      id: v.id,
      committeeId: v.committeeId,
      visitedOn: v.visitedOn,
      place: v.place,
      findings: v.findings,
      members: v.memberIds.map((m) => ({ id: m, name: nameOf.get(m) ?? '' })),
      files: files.get(v.id) ?? [],
    })),
    suggestionList: await suggestionsOf(db, actor, id, 'supervision'),
    timeline: await timelineOf(db, 'supervisionGroup', id),
    canOrganise: organisesSupervision(actor, g),
    ...(await jointOf(db, actor, { kind: 'supervisionGroup', id, committeeId: g.committeeId }, visits)),
  };
}

const inspectionCounts = {
  visits: sql<number>`(select count(*)::int from inspection_visits v where v.inspection_id = inspections.id)`,
  suggestions: sql<number>`(select count(*)::int from consultation_suggestions s where s.inspection_id = inspections.id)`,
  open: sql<number>`(select count(*)::int from consultation_suggestions s where s.inspection_id = inspections.id and s.status = 'sent')`,
};

function presentInspection(r: {
  i: typeof I.$inferSelect;
  visits: number;
  suggestions: number;
  open: number;
}) {
  return {
    id: r.i.id,
    committeeId: r.i.committeeId,
    kind: r.i.kind,
    kindLabel: INSPECTION_KIND_LABELS[r.i.kind as InspectionKind],
    topic: r.i.topic,
    planTopicId: r.i.planTopicId,
    consultationId: r.i.consultationId,
    startsOn: r.i.startsOn,
    memberCount: r.i.memberIds.length,
    reportTitle: r.i.reportTitle,
    reportSentTo: r.i.reportSentTo,
    reportSentOn: r.i.reportSentOn,
    visits: r.visits,
    suggestions: r.suggestions,
    openSuggestions: r.open,
  };
}
export type InspectionItem = ReturnType<typeof presentInspection>;

async function selectInspections(
  db: DbOrTx,
  actor: Actor,
  q: InspectionFilters,
  paging: Paging,
  purpose: ListPurpose,
) {
  const c: SQL[] = [];
  if (q.year) c.push(sql`${yearOf(I.startsOn)} = ${q.year}`);
  if (q.kind) c.push(eq(I.kind, q.kind));
  if (q.q) c.push(ilike(I.topic, likePattern(q.q)));
  const src: ListSource = { table: I, id: I.id, committeeId: I.committeeId };
  const { scopeIds, visible } = await jointListScope(db, actor, src, 'inspection');
  return fetchListRows(db, src, { scopeIds, conditions: [...visible, ...c], paging, purpose }, (s) =>
    db
      .select({ i: I, ...inspectionCounts, counted: s.counted })
      .from(I)
      .where(s.inPage)
      .orderBy(...s.order),
  );
}

/** Inspections and research in the caller's scope matching the filters, newest first. */
export async function listInspections(
  db: DbOrTx,
  actor: Actor,
  q: InspectionQuery,
): Promise<Page<InspectionItem>> {
  const paging = { limit: q.pageSize, offset: offsetOf(q) };
  const { rows, ...total } = await selectInspections(db, actor, q, paging, 'page');
  return { items: rows.map(presentInspection), ...total, page: q.page, pageSize: q.pageSize };
}

export async function exportInspections(db: DbOrTx, actor: Actor, q: InspectionFilters) {
  const { rows } = await selectInspections(db, actor, q, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return rows.map(presentInspection);
}

/** An inspection's page: plan, members, visits, report, suggestions, timeline. */
export async function inspectionView(db: DbOrTx, actor: Actor, id: number) {
  const row = await loadInspection(db, actor, id);
  const [head] = await db
    .select({ i: I, ...inspectionCounts })
    .from(I)
    .where(eq(I.id, id));
  const visits = await db
    .select()
    .from(inspectionVisits)
    .where(eq(inspectionVisits.inspectionId, id))
    .orderBy(asc(inspectionVisits.visitedOn), asc(inspectionVisits.id));
  const memberList = await namesOf(db, row.memberIds);
  const nameOf = await visitMemberNames(db, visits);
  const files = await visitFiles(db, 'inspection', visits);
  const [planTopic = null] = row.planTopicId
    ? await db
        .select({ id: consultationTopics.id, title: consultationTopics.title })
        .from(consultationTopics)
        .where(eq(consultationTopics.id, row.planTopicId))
    : [];
  return {
    ...presentInspection(head),
    plan: row.plan,
    planTopic,
    consultation: await preparedActivity(db, row.consultationId),
    reportBody: row.reportBody,
    members: memberList,
    visitList: visits.map((v) => ({
      id: v.id,
      committeeId: v.committeeId,
      visitedOn: v.visitedOn,
      place: v.place,
      notes: v.notes,
      members: v.memberIds.map((m) => ({ id: m, name: nameOf.get(m) ?? '' })),
      files: files.get(v.id) ?? [],
    })),
    suggestionList: await suggestionsOf(db, actor, id, 'inspection'),
    timeline: await timelineOf(db, 'inspection', id),
    canOrganise: organisesSupervision(actor, row),
    ...(await jointOf(db, actor, { kind: 'inspection', id, committeeId: row.committeeId }, visits)),
  };
}

/** 特约监督员 / 听证员 appointments in scope (one member's when asked), newest first. */
export async function listAppointments(db: DbOrTx, actor: Actor, memberId: number | undefined) {
  const scope = await readScopeIds(db, actor);
  const c: SQL[] = [inArray(memberAppointments.committeeId, scope)];
  if (memberId) c.push(eq(memberAppointments.memberId, memberId));
  if (actor.role === 'member') c.push(eq(memberAppointments.memberId, actor.memberId ?? -1));
  const rows = await db
    .select({ a: memberAppointments, memberName: members.name })
    .from(memberAppointments)
    .innerJoin(members, eq(members.id, memberAppointments.memberId))
    .where(and(...c))
    .orderBy(desc(memberAppointments.startsOn), desc(memberAppointments.id))
    .limit(500);
  return rows.map(({ a, memberName }) => ({
    id: a.id,
    memberId: a.memberId,
    memberName,
    role: a.role,
    roleLabel: APPOINTMENT_ROLE_LABELS[a.role as AppointmentRole],
    body: a.body,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
  }));
}
export type AppointmentItem = Awaited<ReturnType<typeof listAppointments>>[number];
