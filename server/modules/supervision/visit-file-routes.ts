import type { FastifyInstance } from 'fastify';
import { CONSULTATION_DUTIES } from '../../../domain/consultations';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { findAttachment, readUpload, sendAttachment } from '../../platform/attachments';
import type { groupViewSchema, inspectionViewSchema } from './response-schemas';
import { SUPERVISION_LABELS, visitFileParams, visitParams } from './schemas';
import {
  addVisitFile,
  loadVisit,
  loadVisitToRecord,
  removeVisitFile,
  VISIT_FILE,
  type VisitOwner,
  visitSubject,
} from './visit-files';

const labels = SUPERVISION_LABELS;
const READERS = ['staff', 'leader', 'member'] as const;
const staffDuty = CONSULTATION_DUTIES;

/**
 * A visit's files (photos, minutes, a scanned sign-in sheet): who reads the group or inspection
 * downloads them, who records its visits adds and removes them. The visit is loaded and the caller
 * authorised before the upload is read, so a refused caller never has a file stored.
 */
export function visitFileRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  o: {
    owner: VisitOwner;
    base: string;
    what: string;
    tags: string[];
    view: (db: DbOrTx, actor: Actor, id: number) => Promise<unknown>;
    schema: typeof groupViewSchema | typeof inspectionViewSchema;
  },
) {
  const url = `${o.base}/:id/visits/:visitId/files`;
  route(app, ctx, {
    method: 'POST',
    url,
    summary: `上传${o.what}附件（照片、纪要、签到表扫描件等；multipart，字段 file，≤10 MB）`,
    tags: o.tags,
    roles: ['staff'],
    staffDuty,
    audit: `上传${o.what}附件`,
    params: visitParams,
    multipart: true,
    labels,
    response: { 201: o.schema },
    handler: async ({ db, actor, params, req, reply }) => {
      const target = await loadVisitToRecord(db, actor, o.owner, params.id, params.visitId);
      await addVisitFile(ctx, actor, target, await readUpload(req));
      return reply.status(201).send(await o.view(db, actor, params.id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: `${url}/:attachmentId`,
    summary: `下载${o.what}附件`,
    tags: o.tags,
    roles: READERS,
    params: visitFileParams,
    labels,
    handler: async ({ db, actor, params, reply }) => {
      await loadVisit(db, actor, o.owner, params.id, params.visitId);
      const file = await findAttachment(
        db,
        visitSubject(o.owner, params.visitId),
        params.attachmentId,
        VISIT_FILE,
      );
      if (!file) throw notFound('附件');
      return sendAttachment(reply, ctx, file);
    },
  });
  route(app, ctx, {
    method: 'DELETE',
    url: `${url}/:attachmentId`,
    summary: `删除${o.what}附件`,
    tags: o.tags,
    roles: ['staff'],
    staffDuty,
    audit: `删除${o.what}附件`,
    params: visitFileParams,
    labels,
    response: { 200: o.schema },
    handler: async ({ db, actor, params }) => {
      const target = await loadVisitToRecord(db, actor, o.owner, params.id, params.visitId);
      await removeVisitFile(ctx, actor, target, params.attachmentId);
      return o.view(db, actor, params.id);
    },
  });
}
