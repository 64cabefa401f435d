import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../errors';
import { route } from '../../http/route';
import { idParam } from '../../http/validation';
import { buildXlsx, sendXlsx } from '../../lib/xlsx';
import { createLink, deleteLink } from './commands/links';
import { exportLinks, findLink, type LinkRow, listLinks, presentLink } from './link-queries';
import { canWriteMembers, DIRECTORY_ROLES } from './policy';
import { readableMember } from './routes';
import { linkBody, linkFilterQuery, linkListQuery } from './schemas';

const tags = ['委员联系制度'];

/** 联系制度 (who follows up whom): list, export, create, delete. */
export async function memberLinkRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/member-links',
    summary: '联系制度列表',
    tags,
    roles: DIRECTORY_ROLES,
    query: linkListQuery,
    handler: async ({ db, actor, query }) => {
      const { rows, total } = await listLinks(db, actor, query);
      return {
        items: rows.map((r) => presentLink(actor, r)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/member-links/export',
    summary: '导出联系制度（Excel）',
    tags,
    roles: DIRECTORY_ROLES,
    query: linkFilterQuery,
    handler: async ({ db, actor, query, reply }) => {
      const rows = await exportLinks(db, actor, query);
      const file = await buildXlsx<LinkRow>(
        '联系制度',
        [
          { header: '联系人', value: (r) => r.linker.name },
          { header: '联系人职务', value: (r) => r.linker.position },
          { header: '被联系人', value: (r) => r.linked.name },
          { header: '被联系人职务', value: (r) => r.linked.position },
          { header: '委员会', width: 24, value: (r) => r.committeeName },
        ],
        rows,
      );
      return sendXlsx(reply, '联系制度', file);
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/member-links',
    summary: '建立联系（主席/副主席联系常委，常委联系委员）',
    tags,
    roles: ['staff'],
    audit: '建立委员联系',
    body: linkBody,
    handler: async ({ db, actor, body, reply, req }) => {
      const linker = await readableMember(db, actor, body.linkerId);
      const linked = await readableMember(db, actor, body.linkedId);
      req.auditTarget = `联系制度 ${linker.name} → ${linked.name}`;
      if (!canWriteMembers(actor, linker.committeeId)) throw forbidden('只能维护本委员会的联系制度');
      const id = await createLink(db, body.linkerId, body.linkedId);
      const row = await findLink(db, actor, id);
      reply.status(201);
      return presentLink(actor, row!);
    },
  });

  route(app, ctx, {
    method: 'DELETE',
    url: '/api/member-links/:id',
    summary: '解除联系',
    tags,
    roles: ['staff'],
    audit: '解除委员联系',
    params: idParam,
    handler: async ({ db, actor, params, req }) => {
      const row = await findLink(db, actor, params.id);
      if (!row) throw notFound('联系关系');
      req.auditTarget = `联系制度 ${row.linker.name} → ${row.linked.name}`;
      if (!canWriteMembers(actor, row.committeeId)) throw forbidden('只能维护本委员会的联系制度');
      await deleteLink(db, params.id);
      return { ok: true };
    },
  });
}
