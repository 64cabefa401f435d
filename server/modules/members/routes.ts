import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../../domain/roles';
import { appendAudit } from '../../auth/audit';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { members } from '../../db/schema';
import { forbidden, notFound } from '../../errors';
import { route } from '../../http/route';
import { idParam } from '../../http/validation';
import { setMemberActivityGroups } from './commands/activity-groups';
import { leaveMember } from './commands/leave';
import { createMember, updateMember } from './commands/save';
import { canWriteMembers, DIRECTORY_ROLES, memberAbilities } from './policy';
import { memberTarget, presentMember, presentProfile } from './present';
import { findMember, listMembers, loadMemberProfile } from './queries';
import {
  activityGroupsBody,
  leaveBody,
  MEMBER_LABELS,
  memberCreateBody,
  memberListQuery,
  memberUpdateBody,
} from './schemas';

const tags = ['委员'];

/** A member the caller may read (404 otherwise). */
export async function readableMember(db: Db, actor: Actor, id: number) {
  const row = await findMember(db, actor, id);
  if (!row) throw notFound('委员');
  return row;
}

/** A member the caller may change: readable (else 404) and in the caller's committee (else 403). */
async function writableMember(db: Db, actor: Actor, id: number) {
  const row = await readableMember(db, actor, id);
  if (!canWriteMembers(actor, row.committeeId)) throw forbidden('只能维护本委员会的委员');
  return row;
}

async function profileOf(db: Db, actor: Actor, id: number) {
  const profile = await loadMemberProfile(db, actor, id);
  if (!profile) throw notFound('委员');
  return presentProfile(actor, profile);
}

/** The member directory: list, profile, create, edit, 退出, activity groups, sensitive view. */
export async function memberRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/members',
    summary: '委员列表（姓名/拼音/首字母搜索，按拼音或官方排序）',
    tags,
    roles: DIRECTORY_ROLES,
    query: memberListQuery,
    handler: async ({ db, actor, query }) => {
      const { rows, total } = await listMembers(db, actor, query);
      return {
        items: rows.map((r) => presentMember(actor, r)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/members/:id',
    summary: '委员详情（含活动组与联系制度）',
    tags,
    roles: DIRECTORY_ROLES,
    params: idParam,
    handler: ({ db, actor, params }) => profileOf(db, actor, params.id),
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/members',
    summary: '新增委员',
    tags,
    roles: ['staff'],
    audit: '新增委员',
    body: memberCreateBody,
    labels: MEMBER_LABELS,
    handler: async ({ ctx, db, actor, body, reply, req }) => {
      const id = await createMember(db, ctx.cipher, actor, body);
      req.auditTarget = memberTarget({ id, name: body.name });
      reply.status(201);
      return profileOf(db, actor, id);
    },
  });

  route(app, ctx, {
    method: 'PUT',
    url: '/api/members/:id',
    summary: '修改委员信息（只改所传字段）',
    tags,
    roles: ['staff'],
    audit: '修改委员信息',
    params: idParam,
    body: memberUpdateBody,
    labels: MEMBER_LABELS,
    handler: async ({ ctx, db, actor, params, body, req }) => {
      const row = await writableMember(db, actor, params.id);
      req.auditTarget = memberTarget(row);
      await updateMember(db, ctx.cipher, row, body);
      return profileOf(db, actor, params.id);
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/members/:id/leave',
    summary: '委员退出',
    tags,
    roles: ['staff'],
    audit: '委员退出',
    params: idParam,
    body: leaveBody,
    handler: async ({ db, actor, params, body, req }) => {
      req.auditTarget = memberTarget(await writableMember(db, actor, params.id));
      await leaveMember(db, params.id, body);
      return profileOf(db, actor, params.id);
    },
  });

  route(app, ctx, {
    method: 'PUT',
    url: '/api/members/:id/activity-groups',
    summary: '设置委员所在活动组',
    tags,
    roles: ['staff'],
    audit: '设置委员活动组',
    params: idParam,
    body: activityGroupsBody,
    handler: async ({ db, actor, params, body, req }) => {
      const row = await writableMember(db, actor, params.id);
      req.auditTarget = memberTarget(row);
      await setMemberActivityGroups(db, row, body.activityGroupIds);
      return profileOf(db, actor, params.id);
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/members/:id/sensitive',
    summary: '查看委员完整手机号和身份证号（需授权，逐次审计）',
    tags,
    roles: DIRECTORY_ROLES,
    audit: '申请查看委员敏感信息',
    params: idParam,
    handler: async ({ ctx, db, actor, params, req }) => {
      const row = await readableMember(db, actor, params.id);
      req.auditTarget = memberTarget(row);
      if (!memberAbilities(actor, row).viewSensitive) throw forbidden('无权查看委员的完整手机号和身份证号');
      const [stored] = await db
        .select({ phoneEnc: members.phoneEnc, idNumberEnc: members.idNumberEnc })
        .from(members)
        .where(eq(members.id, row.id));
      const phone = stored.phoneEnc ? ctx.cipher.decrypt(stored.phoneEnc) : null;
      const idNumber = stored.idNumberEnc ? ctx.cipher.decrypt(stored.idNumberEnc) : null;
      await appendAudit(db, ctx.cipher, {
        committeeId: actor.committeeId,
        userId: actor.userId,
        username: actor.username,
        ip: req.ip,
        action: '查看委员敏感信息',
        target: memberTarget(row),
        result: '成功',
        detail: { memberName: row.name, fields: ['手机号', '身份证号'] },
      });
      return { id: row.id, name: row.name, phone, idNumber };
    },
  });
}
