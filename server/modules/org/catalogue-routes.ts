import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ORG_RESOURCES, type OrgResource, orgResourceSchema } from '../../../domain/org-resources';
import type { AppContext } from '../../context';
import { EXPORT_LIMIT } from '../../http/paging';
import { route } from '../../http/route';
import { idParam, pageQuery, textId } from '../../http/validation';
import { buildXlsx, sendXlsx } from '../../lib/xlsx';
import { resolveScopeCommittee } from '../../platform/scope';
import {
  type CatalogueRow,
  createCatalogueRow,
  deleteCatalogueRow,
  listCatalogue,
  presentCatalogueRow,
  updateCatalogueRow,
} from './catalogues';
import { canChange } from './policy';

/** Filters shared by a catalogue's list and its export. */
export const orgListFilter = z.object({
  q: z.string().trim().max(50, '不能超过 50 个字').optional(),
  committeeId: textId.optional(),
});

const TAGS = ['组织机构'];

/** Excel columns from the definition's list columns; values are stored as shown. */
function exportColumns(def: OrgResource) {
  return def.columns.map((key) => {
    const field = def.fields.find((f) => f.key === key);
    return {
      header: field?.label ?? key,
      width: field?.type === 'text' ? 24 : 12,
      value: (row: CatalogueRow) =>
        typeof row[key] === 'boolean' ? (row[key] ? '是' : '否') : (row[key] as string | number | null),
    };
  });
}

function registerReads(app: FastifyInstance, ctx: AppContext, def: OrgResource, base: string) {
  route(app, ctx, {
    method: 'GET',
    url: base,
    summary: `${def.label}列表`,
    tags: TAGS,
    roles: def.readRoles,
    query: pageQuery.extend(orgListFilter.shape),
    handler: async ({ db, actor, query }) => {
      const committee = await resolveScopeCommittee(db, actor, query.committeeId);
      const { rows, total } = await listCatalogue(db, def, { committeeId: committee.id, q: query.q }, query);
      return {
        items: rows.map((r) => presentCatalogueRow(def, actor, r)),
        total,
        page: query.page,
        pageSize: query.pageSize,
        abilities: { create: canChange(actor, def.managedBy, { committeeId: committee.id }) },
      };
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: `${base}/export`,
    summary: `导出${def.label}`,
    tags: TAGS,
    roles: def.readRoles,
    query: orgListFilter,
    handler: async ({ db, actor, query, reply }) => {
      const committee = await resolveScopeCommittee(db, actor, query.committeeId);
      const filter = { committeeId: committee.id, q: query.q };
      const { rows } = await listCatalogue(db, def, filter, { page: 1, pageSize: EXPORT_LIMIT });
      return sendXlsx(
        reply,
        `${committee.name}${def.label}`,
        await buildXlsx(def.label, exportColumns(def), rows),
      );
    },
  });
}

function registerWrites(app: FastifyInstance, ctx: AppContext, def: OrgResource, base: string) {
  const body = orgResourceSchema(def);
  const roles = [def.managedBy] as const;
  route(app, ctx, {
    method: 'POST',
    url: base,
    summary: `新增${def.label}`,
    tags: TAGS,
    roles,
    audit: `新增${def.label}`,
    body,
    handler: async ({ db, actor, body, reply }) => {
      const row = await createCatalogueRow(db, def, actor, body);
      return reply.status(201).send(presentCatalogueRow(def, actor, row));
    },
  });
  route(app, ctx, {
    method: 'PUT',
    url: `${base}/:id`,
    summary: `修改${def.label}`,
    tags: TAGS,
    roles,
    audit: `修改${def.label}`,
    body,
    params: idParam,
    handler: async ({ db, actor, body, params }) =>
      presentCatalogueRow(def, actor, await updateCatalogueRow(db, def, actor, params.id, body)),
  });
  route(app, ctx, {
    method: 'DELETE',
    url: `${base}/:id`,
    summary: `删除${def.label}`,
    tags: TAGS,
    roles,
    audit: `删除${def.label}`,
    params: idParam,
    handler: async ({ db, actor, params }) => {
      await deleteCatalogueRow(db, def, actor, params.id);
      return { ok: true };
    },
  });
}

/**
 * One registrar for every catalogue in domain/org-resources.ts, under /api/org/<segment>:
 * list, export, create, update, delete. Reads follow the definition's roles within read scope;
 * writes belong to its managing role in the caller's own committee.
 */
export function catalogueRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const def of ORG_RESOURCES) {
    const base = `/api/org/${def.segment}`;
    registerReads(app, ctx, def, base);
    registerWrites(app, ctx, def, base);
  }
}
