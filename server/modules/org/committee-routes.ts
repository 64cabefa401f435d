import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  COMMITTEE_LEVEL_LABELS,
  COMMITTEE_LEVELS,
  type CommitteeLevel,
  isLevelBelow,
  ORG_READ_ROLES_WITH_SECADMIN,
} from '../../../domain/org-resources';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { committees } from '../../db/schema';
import { badRequest, forbidden, notFound } from '../../errors';
import { EXPORT_LIMIT } from '../../http/paging';
import { route } from '../../http/route';
import { idParam, optionalText, text, textInt } from '../../http/validation';
import { buildXlsx, sendXlsx } from '../../lib/xlsx';
import { withIntegrityErrors } from '../../platform/db-errors';
import { type Committee, findCommitteeInScope } from '../../platform/scope';
import { activeMemberCount, insertCommittee, listCommitteesWithCounts } from './committees';
import { canCreateChildCommittee, canRenameCommittee } from './policy';

const TAGS = ['组织机构'];

/** The whole subtree fits one page so the web can draw it as a tree (a province has ~150). */
const listQuery = z.object({
  q: z.string().trim().max(50, '不能超过 50 个字').optional(),
  page: textInt(1, 100_000).default(1),
  pageSize: textInt(1, 1000).default(1000),
});
const renameBody = z.object({ name: text(50), region: optionalText(50) });
const createBody = renameBody.extend({
  level: z.enum(COMMITTEE_LEVELS, { error: '须为全国、省、市或县区' }),
});

type CommitteeWithCount = Committee & { memberCount: number };

const levelLabel = (level: string) => COMMITTEE_LEVEL_LABELS[level as CommitteeLevel] ?? level;

function presentCommittee(actor: Actor, c: CommitteeWithCount) {
  return {
    id: c.id,
    parentId: c.parentId,
    name: c.name,
    level: c.level,
    levelLabel: levelLabel(c.level),
    region: c.region,
    path: c.path,
    memberCount: c.memberCount,
    abilities: { update: canRenameCommittee(actor, c) },
  };
}

const duplicateName = (name: string) => ({ duplicate: `委员会「${name}」已存在` });

/** Adds a committee directly under the caller's own, one level lower or more. */
async function createChildCommittee(db: DbOrTx, actor: Actor, input: z.infer<typeof createBody>) {
  const own = await findCommitteeInScope(db, actor, actor.committeeId);
  if (!own || !canCreateChildCommittee(actor, own)) throw forbidden('无权在本委员会下新建委员会');
  if (!isLevelBelow(input.level, own.level)) {
    throw badRequest(`级别：须低于本委员会（${levelLabel(own.level)}）`, 'level');
  }
  return withIntegrityErrors(
    () => insertCommittee(db, { ...input, parentId: own.id }),
    duplicateName(input.name),
  );
}

/** Renames the caller's own committee or one directly under it. */
async function renameCommittee(db: DbOrTx, actor: Actor, id: number, input: z.infer<typeof renameBody>) {
  const target = await findCommitteeInScope(db, actor, id);
  if (!target) throw notFound('委员会');
  if (!canRenameCommittee(actor, target)) throw forbidden('只能修改本委员会及其直属下级委员会');
  const [row] = await withIntegrityErrors(
    () => db.update(committees).set(input).where(eq(committees.id, id)).returning(),
    duplicateName(input.name),
  );
  return row;
}

/** The subtree as a flat list (parentId/level/path) and its export. */
function committeeReadRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, {
    method: 'GET',
    url: '/api/org/committees',
    summary: '本委员会及下级委员会',
    tags: TAGS,
    roles: ORG_READ_ROLES_WITH_SECADMIN,
    query: listQuery,
    handler: async ({ db, actor, query }) => {
      const { rows, total } = await listCommitteesWithCounts(db, actor, query);
      const own = await findCommitteeInScope(db, actor, actor.committeeId);
      return {
        items: rows.map((c) => presentCommittee(actor, c)),
        total,
        page: query.page,
        pageSize: query.pageSize,
        abilities: { create: own ? canCreateChildCommittee(actor, own) : false },
      };
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/org/committees/export',
    summary: '导出委员会',
    tags: TAGS,
    roles: ORG_READ_ROLES_WITH_SECADMIN,
    query: listQuery.pick({ q: true }),
    handler: async ({ db, actor, query, reply }) => {
      const { rows } = await listCommitteesWithCounts(db, actor, {
        ...query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      const names = new Map(rows.map((r) => [r.id, r.name]));
      const file = await buildXlsx<CommitteeWithCount>(
        '委员会',
        [
          { header: '名称', width: 28, value: (c) => c.name },
          { header: '级别', value: (c) => levelLabel(c.level) },
          { header: '上级委员会', width: 28, value: (c) => (c.parentId ? names.get(c.parentId) : '') },
          { header: '地区', width: 20, value: (c) => c.region },
          { header: '委员人数', value: (c) => c.memberCount },
        ],
        rows,
      );
      return sendXlsx(reply, '委员会', file);
    },
  });
}

/** POST/PUT: a sysadmin adds committees under its own and renames its own and direct children. */
function committeeWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, {
    method: 'POST',
    url: '/api/org/committees',
    summary: '新建直属下级委员会',
    tags: TAGS,
    roles: ['sysadmin'],
    audit: '新建委员会',
    body: createBody,
    handler: async ({ db, actor, body, reply }) => {
      const row = await createChildCommittee(db, actor, body);
      return reply.status(201).send(presentCommittee(actor, { ...row, memberCount: 0 }));
    },
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/org/committees/:id',
    summary: '修改委员会名称',
    tags: TAGS,
    roles: ['sysadmin'],
    audit: '修改委员会',
    body: renameBody,
    params: idParam,
    handler: async ({ db, actor, body, params }) => {
      const row = await renameCommittee(db, actor, params.id, body);
      return presentCommittee(actor, { ...row, memberCount: await activeMemberCount(db, row.id) });
    },
  });
}

/** GET/POST/PUT /api/org/committees and the export: the caller's committee and its subtree. */
export function committeeRoutes(app: FastifyInstance, ctx: AppContext): void {
  committeeReadRoutes(app, ctx);
  committeeWriteRoutes(app, ctx);
}
