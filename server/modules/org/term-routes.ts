import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ORG_READ_ROLES } from '../../../domain/org-resources';
import type { AppContext } from '../../context';
import { EXPORT_LIMIT } from '../../http/paging';
import { route } from '../../http/route';
import { idParam, pageQuery, textId } from '../../http/validation';
import { buildXlsx, sendXlsx } from '../../lib/xlsx';
import { resolveScopeCommittee } from '../../platform/scope';
import { canChange } from './policy';
import {
  createTerm,
  listSessions,
  listTerms,
  presentSession,
  presentTerm,
  type Session,
  saveSession,
  sessionBody,
  type Term,
  termBody,
  updateTerm,
} from './terms';

const TAGS = ['组织机构'];
const scopeFilter = z.object({ committeeId: textId.optional() });
const sessionFilter = scopeFilter.extend({ termId: textId.optional() });

/** 届次: list and export, for every work role in read scope. */
function termReadRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, {
    method: 'GET',
    url: '/api/org/terms',
    summary: '届次列表',
    tags: TAGS,
    roles: ORG_READ_ROLES,
    query: pageQuery.extend(scopeFilter.shape),
    handler: async ({ db, actor, query }) => {
      const committee = await resolveScopeCommittee(db, actor, query.committeeId);
      const { rows, total } = await listTerms(db, committee.id, query);
      return {
        items: rows.map((t) => presentTerm(actor, t)),
        total,
        page: query.page,
        pageSize: query.pageSize,
        abilities: { create: canChange(actor, 'sysadmin', { committeeId: committee.id }) },
      };
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/org/terms/export',
    summary: '导出届次',
    tags: TAGS,
    roles: ORG_READ_ROLES,
    query: scopeFilter,
    handler: async ({ db, actor, query, reply }) => {
      const committee = await resolveScopeCommittee(db, actor, query.committeeId);
      const { rows } = await listTerms(db, committee.id, { page: 1, pageSize: EXPORT_LIMIT });
      const file = await buildXlsx<Term>(
        '届次',
        [
          { header: '届次', value: (t) => t.name },
          { header: '序号', value: (t) => t.ordinal },
          { header: '开始日期', width: 14, value: (t) => t.startDate },
          { header: '结束日期', width: 14, value: (t) => t.endDate },
        ],
        rows,
      );
      return sendXlsx(reply, `${committee.name}届次`, file);
    },
  });
}

/** Create and change terms: the sysadmin of the committee. */
function termWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, {
    method: 'POST',
    url: '/api/org/terms',
    summary: '新增届次',
    tags: TAGS,
    roles: ['sysadmin'],
    audit: '新增届次',
    body: termBody,
    handler: async ({ db, actor, body, reply }) =>
      reply.status(201).send(presentTerm(actor, await createTerm(db, actor, body))),
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/org/terms/:id',
    summary: '修改届次',
    tags: TAGS,
    roles: ['sysadmin'],
    audit: '修改届次',
    body: termBody,
    params: idParam,
    handler: async ({ db, actor, body, params }) =>
      presentTerm(actor, await updateTerm(db, actor, params.id, body)),
  });
}

/** 次会议: list (optionally of one term) and export, for every work role in read scope. */
function sessionReadRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, {
    method: 'GET',
    url: '/api/org/sessions',
    summary: '会议（次会议）列表',
    tags: TAGS,
    roles: ORG_READ_ROLES,
    query: pageQuery.extend(sessionFilter.shape),
    handler: async ({ db, actor, query }) => {
      const committee = await resolveScopeCommittee(db, actor, query.committeeId);
      const { rows, total } = await listSessions(
        db,
        { committeeId: committee.id, termId: query.termId },
        query,
      );
      return {
        items: rows.map((s) => presentSession(actor, s)),
        total,
        page: query.page,
        pageSize: query.pageSize,
        abilities: { create: canChange(actor, 'sysadmin', { committeeId: committee.id }) },
      };
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/org/sessions/export',
    summary: '导出会议（次会议）',
    tags: TAGS,
    roles: ORG_READ_ROLES,
    query: sessionFilter,
    handler: async ({ db, actor, query, reply }) => {
      const committee = await resolveScopeCommittee(db, actor, query.committeeId);
      const filter = { committeeId: committee.id, termId: query.termId };
      const { rows } = await listSessions(db, filter, { page: 1, pageSize: EXPORT_LIMIT });
      const file = await buildXlsx<Session>(
        '会议',
        [
          { header: '名称', width: 24, value: (s) => s.name },
          { header: '届次', value: (s) => s.termName },
          { header: '序号', value: (s) => s.ordinal },
          { header: '年度', value: (s) => s.year },
          { header: '开幕日期', width: 14, value: (s) => s.openingDate },
        ],
        rows,
      );
      return sendXlsx(reply, `${committee.name}会议`, file);
    },
  });
}

/** Create and change sessions: the sysadmin of the committee, in its own terms. */
function sessionWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, {
    method: 'POST',
    url: '/api/org/sessions',
    summary: '新增会议（次会议）',
    tags: TAGS,
    roles: ['sysadmin'],
    audit: '新增会议',
    body: sessionBody,
    handler: async ({ db, actor, body, reply }) =>
      reply.status(201).send(presentSession(actor, await saveSession(db, actor, body))),
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/org/sessions/:id',
    summary: '修改会议（次会议）',
    tags: TAGS,
    roles: ['sysadmin'],
    audit: '修改会议',
    body: sessionBody,
    params: idParam,
    handler: async ({ db, actor, body, params }) =>
      presentSession(actor, await saveSession(db, actor, body, params.id)),
  });
}

/** Terms and sessions of the caller's committee (or of one below it, read-only). */
export function termAndSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  termReadRoutes(app, ctx);
  termWriteRoutes(app, ctx);
  sessionReadRoutes(app, ctx);
  sessionWriteRoutes(app, ctx);
}
