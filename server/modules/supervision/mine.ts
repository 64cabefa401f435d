import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/roles';
import {
  INSPECTION_KIND_LABELS,
  type InspectionKind,
  SUPERVISION_KIND_LABELS,
  type SupervisionKind,
} from '../../../domain/supervision';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { responseFor } from '../../http/response';
import { route } from '../../http/route';
import { idArray } from '../../platform/cockpit';
import { rowsOf } from '../../platform/duty-items';

interface RecordRow {
  type: 'supervisionGroup' | 'inspection';
  id: number;
  kind: string;
  title: string;
  detail: string;
  starts_on: string;
  ends_on: string | null;
  committee_id: number;
  committee_name: string;
}

interface VisitRow {
  type: RecordRow['type'];
  record_id: number;
  id: number;
  visited_on: string;
  place: string;
  present: boolean;
}

/**
 * The groups and inspections a member belongs to: named by their own committee, or named for their
 * committee's part of a higher committee's joint record (三级联动).
 */
function recordsOf(db: DbOrTx, committeeId: number, memberId: number) {
  const inPart = (column: string, id: string) =>
    sql`exists (select 1 from consultation_participants p where p.${sql.raw(column)} = ${sql.raw(id)}
      and p.committee_id = ${committeeId} and ${memberId} = any(p.member_ids))`;
  return rowsOf<RecordRow>(
    db,
    sql`select 'supervisionGroup' as type, g.id, g.kind, g.name as title, g.topic || '（' || h.name || '）' as detail,
        g.starts_on::text as starts_on, g.ends_on::text as ends_on, g.committee_id, c.name as committee_name
      from supervision_groups g join handling_units h on h.id = g.unit_id join committees c on c.id = g.committee_id
      where (g.committee_id = ${committeeId} and ${memberId} = any(g.member_ids))
        or ${inPart('supervision_group_id', 'g.id')}
    union all
    select 'inspection', i.id, i.kind, i.topic, coalesce(i.report_title, ''), i.starts_on::text, null,
        i.committee_id, c.name
      from inspections i join committees c on c.id = i.committee_id
      where (i.committee_id = ${committeeId} and ${memberId} = any(i.member_ids))
        or ${inPart('inspection_id', 'i.id')}
    order by starts_on desc, id desc
    limit 200`,
  );
}

/** The visits of the member's own part of those records, each marked whether the member was there. */
function visitsOf(db: DbOrTx, committeeId: number, memberId: number, records: RecordRow[]) {
  const ids = (type: RecordRow['type']) => idArray(records.filter((r) => r.type === type).map((r) => r.id));
  return rowsOf<VisitRow>(
    db,
    sql`select 'supervisionGroup' as type, group_id as record_id, id, visited_on::text as visited_on, place,
        ${memberId} = any(member_ids) as present
      from supervision_visits where group_id = any(${ids('supervisionGroup')}) and committee_id = ${committeeId}
    union all
    select 'inspection', inspection_id, id, visited_on::text, place, ${memberId} = any(member_ids)
      from inspection_visits where inspection_id = any(${ids('inspection')}) and committee_id = ${committeeId}
    order by visited_on, id`,
  );
}

/** 我的民主监督与视察调研: the member's groups and inspections, newest first, with their part's visits. */
export async function mySupervision(db: DbOrTx, actor: Actor) {
  if (actor.memberId === null) return [];
  const records = await recordsOf(db, actor.committeeId, actor.memberId);
  const visits = records.length ? await visitsOf(db, actor.committeeId, actor.memberId, records) : [];
  return records.map((r) => {
    const own = visits.filter((v) => v.type === r.type && v.record_id === r.id);
    return {
      type: r.type,
      id: r.id,
      kindLabel:
        r.type === 'inspection'
          ? INSPECTION_KIND_LABELS[r.kind as InspectionKind]
          : SUPERVISION_KIND_LABELS[r.kind as SupervisionKind],
      title: r.title,
      detail: r.detail,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      /** The organising committee when it is not the member's own (a joint record). */
      jointWith: r.committee_id === actor.committeeId ? null : r.committee_name,
      link: r.type === 'inspection' ? `/inspections/${r.id}` : `/supervision-groups/${r.id}`,
      visits: own.map((v) => ({ id: v.id, visitedOn: v.visited_on, place: v.place, present: v.present })),
      attended: own.filter((v) => v.present).length,
    };
  });
}

const myItem = z.object({
  type: z.enum(['supervisionGroup', 'inspection']),
  id: z.number(),
  kindLabel: z.string(),
  title: z.string(),
  detail: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  jointWith: z.string().nullable(),
  link: z.string(),
  visits: z.array(
    z.object({ id: z.number(), visitedOn: z.string(), place: z.string(), present: z.boolean() }),
  ),
  attended: z.number(),
});
const myListSchema = responseFor<Awaited<ReturnType<typeof mySupervision>>>()(z.array(myItem));

/** A member's own list (their phone's 我的监督视察 page). */
export async function mySupervisionRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/supervision/mine',
    summary: '我的民主监督与视察调研（本人所在的小组和视察调研，含上级联动的；本会部分的活动及是否到场）',
    tags: ['民主监督'],
    roles: ['member'],
    response: { 200: myListSchema },
    handler: ({ db, actor }) => mySupervision(db, actor),
  });
}
