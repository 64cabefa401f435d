import { and, asc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  INFORMANT_SOURCE_LABELS,
  INFORMANT_SOURCES,
  type InformantSource,
  OPINION_DUTY,
} from '../../../domain/opinion-reports';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { Db, DbOrTx, Tx } from '../../db/client';
import { opinionInformants, opinionReports, sectors, specialCommittees, users } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { pageOf, responseFor } from '../../http/response';
import { route } from '../../http/route';
import { idParam, jsonId, optionalText, pageQuery, text } from '../../http/validation';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { likePattern } from '../../platform/scope';

/**
 * 特邀信息员 (seed 004): the catalogue the editors keep of the informants appointed on the
 * recommendation of a special committee or a sector group. The security administrator gives one an
 * account of role `informant` (the accounts page links it here); that account may only report.
 */

export const INFORMANT_LABELS: Record<string, string> = {
  name: '姓名',
  employer: '工作单位',
  recommendedBy: '推荐方式',
  specialCommitteeId: '推荐的专门委员会',
  sectorId: '推荐的界别',
  active: '在任',
  note: '备注',
};

const informantBody = z.object({
  name: text(50),
  employer: optionalText(100),
  recommendedBy: z.enum(INFORMANT_SOURCES, { error: '须为专门委员会或界别' }),
  specialCommitteeId: jsonId.nullish(),
  sectorId: jsonId.nullish(),
  active: z.boolean({ error: '须为是或否' }).default(true),
  note: optionalText(200),
});
type InformantInput = z.infer<typeof informantBody>;

const informantFilters = z.object({
  q: z.string().trim().max(50).optional(),
  active: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
const informantQuery = pageQuery.extend(informantFilters.shape);

/** The recommending body must be named, and be of the committee. */
async function checkRecommender(tx: Tx, committeeId: number, input: InformantInput) {
  const field = input.recommendedBy === 'sector' ? 'sectorId' : 'specialCommitteeId';
  const id = input[field];
  const table = input.recommendedBy === 'sector' ? sectors : specialCommittees;
  const label = INFORMANT_LABELS[field];
  if (!id) throw badRequest(`${label}：不能为空`, field);
  const n = await tx.$count(table, and(eq(table.id, id), eq(table.committeeId, committeeId)));
  if (n === 0) throw badRequest(`${label}：不存在或不属于本会`, field);
  return input.recommendedBy === 'sector'
    ? { sectorId: id, specialCommitteeId: null }
    : { specialCommitteeId: id, sectorId: null };
}

const columns = {
  id: opinionInformants.id,
  name: opinionInformants.name,
  employer: opinionInformants.employer,
  recommendedBy: opinionInformants.recommendedBy,
  specialCommitteeId: opinionInformants.specialCommitteeId,
  sectorId: opinionInformants.sectorId,
  recommenderName: sql<string | null>`coalesce(${specialCommittees.name}, ${sectors.name})`,
  active: opinionInformants.active,
  note: opinionInformants.note,
  hasAccount: sql<boolean>`exists (select 1 from ${users} u where u.informant_id = ${opinionInformants.id} and u.active)`,
  reports: sql<number>`(select count(*)::int from ${opinionReports} r where r.informant_id = ${opinionInformants.id} and r.status <> 'draft')`,
};

function present(r: {
  id: number;
  name: string;
  employer: string | null;
  recommendedBy: string;
  specialCommitteeId: number | null;
  sectorId: number | null;
  recommenderName: string | null;
  active: boolean;
  note: string | null;
  hasAccount: boolean;
  reports: number;
}) {
  return { ...r, recommendedByLabel: INFORMANT_SOURCE_LABELS[r.recommendedBy as InformantSource] };
}
type Informant = ReturnType<typeof present>;

const selectInformants = (db: DbOrTx) =>
  db
    .select(columns)
    .from(opinionInformants)
    .leftJoin(specialCommittees, eq(specialCommittees.id, opinionInformants.specialCommitteeId))
    .leftJoin(sectors, eq(sectors.id, opinionInformants.sectorId));

/** The committee's informants matching the filters, in catalogue order, one page of them. */
async function selectPage(
  db: DbOrTx,
  actor: Actor,
  f: z.infer<typeof informantFilters>,
  limit: number,
  offset: number,
) {
  const c: SQL[] = [eq(opinionInformants.committeeId, actor.committeeId)];
  if (f.q) c.push(ilike(opinionInformants.name, likePattern(f.q)));
  if (f.active !== undefined) c.push(eq(opinionInformants.active, f.active));
  const where = and(...c);
  const rows = await selectInformants(db)
    .where(where)
    .orderBy(asc(opinionInformants.sortOrder), asc(opinionInformants.id))
    .limit(limit)
    .offset(offset);
  return { rows: rows.map(present), where };
}

async function listInformants(
  db: DbOrTx,
  actor: Actor,
  f: z.infer<typeof informantQuery>,
): Promise<Page<Informant>> {
  const { rows, where } = await selectPage(db, actor, f, f.pageSize, offsetOf(f));
  const total = await db.$count(opinionInformants, where);
  return { items: rows, total, page: f.page, pageSize: f.pageSize };
}

const EXPORT_COLUMNS: XlsxColumn<Informant>[] = [
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '工作单位', width: 24, value: (r) => r.employer ?? '' },
  { header: '推荐方式', value: (r) => r.recommendedByLabel },
  { header: '推荐单位', width: 20, value: (r) => r.recommenderName ?? '' },
  { header: '状态', value: (r) => (r.active ? '在任' : '离任') },
  { header: '账号', value: (r) => (r.hasAccount ? '已开通' : '未开通') },
  { header: '报送篇数', value: (r) => r.reports },
  { header: '备注', width: 24, value: (r) => r.note ?? '' },
];

async function informantOf(db: DbOrTx, actor: Actor, id: number): Promise<Informant> {
  const [row] = await selectInformants(db).where(
    and(eq(opinionInformants.id, id), eq(opinionInformants.committeeId, actor.committeeId)),
  );
  if (!row) throw notFound('特邀信息员');
  return present(row);
}

async function saveInformant(db: Db, actor: Actor, input: InformantInput, id?: number) {
  return db.transaction(async (tx) => {
    // Another committee's informant is not found, whatever the form says.
    if (id !== undefined) await informantOf(tx, actor, id);
    const recommender = await checkRecommender(tx, actor.committeeId, input);
    const values = {
      name: input.name,
      employer: input.employer ?? null,
      recommendedBy: input.recommendedBy,
      ...recommender,
      active: input.active,
      note: input.note ?? null,
    };
    if (id === undefined) {
      const [row] = await tx
        .insert(opinionInformants)
        .values({ committeeId: actor.committeeId, ...values })
        .returning({ id: opinionInformants.id });
      return row.id;
    }
    const [row] = await tx
      .update(opinionInformants)
      .set(values)
      .where(and(eq(opinionInformants.id, id), eq(opinionInformants.committeeId, actor.committeeId)))
      .returning({ id: opinionInformants.id });
    if (!row) throw notFound('特邀信息员');
    return row.id;
  });
}

const informantSchema = responseFor<Informant>()(
  z.object({
    id: z.number(),
    name: z.string(),
    employer: z.string().nullable(),
    recommendedBy: z.string(),
    recommendedByLabel: z.string(),
    specialCommitteeId: z.number().nullable(),
    sectorId: z.number().nullable(),
    recommenderName: z.string().nullable(),
    active: z.boolean(),
    note: z.string().nullable(),
    hasAccount: z.boolean(),
    reports: z.number(),
  }),
);

const tags = ['社情民意'];

/** The 特邀信息员 catalogue: staff read it, the 社情民意信息 editors keep it. */
export async function informantRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-informants',
    summary: '特邀信息员名录（推荐单位、账号、报送篇数）',
    tags,
    roles: ['staff'],
    query: informantQuery,
    labels: INFORMANT_LABELS,
    response: { 200: pageOf(informantSchema) },
    handler: ({ db, actor, query }) => listInformants(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-informants/export',
    summary: '导出特邀信息员名录（.xlsx，条件同列表）',
    tags,
    roles: ['staff'],
    query: informantFilters,
    labels: INFORMANT_LABELS,
    handler: async ({ db, actor, query, reply }) => {
      const { rows } = await selectPage(db, actor, query, EXPORT_LIMIT, 0);
      return sendXlsx(reply, '特邀信息员', await buildXlsx('特邀信息员', EXPORT_COLUMNS, rows));
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/opinion-informants',
    summary: '新增特邀信息员（由专门委员会或界别推荐）',
    tags,
    roles: ['staff'],
    staffDuty: OPINION_DUTY,
    audit: '新增特邀信息员',
    body: informantBody,
    labels: INFORMANT_LABELS,
    response: { 201: informantSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await saveInformant(db, actor, body);
      return reply.status(201).send(await informantOf(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/opinion-informants/:id',
    summary: '修改特邀信息员（含离任）',
    tags,
    roles: ['staff'],
    staffDuty: OPINION_DUTY,
    audit: '修改特邀信息员',
    params: idParam,
    body: informantBody,
    labels: INFORMANT_LABELS,
    response: { 200: informantSchema },
    handler: async ({ db, actor, params, body }) => {
      await saveInformant(db, actor, body, params.id);
      return informantOf(db, actor, params.id);
    },
  });
}
