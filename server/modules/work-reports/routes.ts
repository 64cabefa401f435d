import type { FastifyInstance } from 'fastify';
import { LEAGUE_READER_ROLES } from '../../../domain/cockpit';
import type { Actor, Role } from '../../../domain/roles';
import {
  scopeNote,
  WORK_REPORT_KINDS,
  WORK_REPORT_LABELS,
  WORK_REPORT_PERIOD,
  type WorkReportKind,
} from '../../../domain/work-reports';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { sendWord } from '../../lib/word';
import { readUpload } from '../../platform/attachments';
import { type Committee, resolveScopeCommittee } from '../../platform/scope';
import { placeholders, reportContext, reportData } from './data';
import { templatesSchema, uploadedSchema } from './response-schema';
import { committeeQuery, kindParams, reportQuery, versionParams, WORK_REPORT_FIELD_LABELS } from './schemas';
import {
  currentTemplate,
  shippedTemplate,
  templateVersions,
  uploadTemplate,
  versionBytes,
} from './templates';

const tags = ['工作报告'];
/** Who uploads a template: the office (the route's roles), told to the page with the list. */
const UPLOADERS: readonly Role[] = ['staff'];

/**
 * 工作报告: the annual work summary, the 提案工作报告 and the term report as Word documents filled
 * from the data, and the office's templates for them (download, edit, upload as a new version).
 * The office and the leaders (who read the cockpit) generate; the office uploads templates.
 */
export async function workReportRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/work-reports/templates',
    summary: '工作报告模板：各类文件的模板版本与可用占位符',
    tags,
    roles: LEAGUE_READER_ROLES,
    query: committeeQuery,
    labels: WORK_REPORT_FIELD_LABELS,
    response: { 200: templatesSchema },
    handler: async ({ db, actor, query }) =>
      templates(db, actor, await resolveScopeCommittee(db, actor, query.committeeId)),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/work-reports/templates/:kind/file',
    summary: '下载正在使用的模板（.docx；未上传过则为系统默认模板）',
    tags,
    roles: LEAGUE_READER_ROLES,
    params: kindParams,
    query: committeeQuery,
    labels: WORK_REPORT_FIELD_LABELS,
    handler: async ({ db, actor, params, query, reply }) => {
      const committee = await resolveScopeCommittee(db, actor, query.committeeId);
      const { bytes } = await currentTemplate(ctx, db, committee.id, params.kind);
      return sendWord(reply, `${WORK_REPORT_LABELS[params.kind]}模板`, bytes);
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/work-reports/templates/:kind/default',
    summary: '下载系统默认模板（.docx）',
    tags,
    roles: LEAGUE_READER_ROLES,
    params: kindParams,
    labels: WORK_REPORT_FIELD_LABELS,
    handler: async ({ params, reply }) =>
      sendWord(reply, `${WORK_REPORT_LABELS[params.kind]}默认模板`, await shippedTemplate(params.kind)),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/work-reports/templates/:kind/versions/:versionId',
    summary: '下载模板的某一版本（.docx）',
    tags,
    roles: LEAGUE_READER_ROLES,
    params: versionParams,
    query: committeeQuery,
    labels: WORK_REPORT_FIELD_LABELS,
    handler: async ({ db, actor, params, query, reply }) => {
      const committee = await resolveScopeCommittee(db, actor, query.committeeId);
      return sendWord(
        reply,
        `${WORK_REPORT_LABELS[params.kind]}模板（版本${params.versionId}）`,
        await versionBytes(ctx, db, committee.id, params.kind, params.versionId),
      );
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/work-reports/templates/:kind',
    summary: '上传模板新版本（办公室；multipart，字段 file，.docx；含无法识别的占位符时拒绝）',
    tags,
    roles: UPLOADERS,
    audit: '上传工作报告模板',
    params: kindParams,
    labels: WORK_REPORT_FIELD_LABELS,
    multipart: true,
    response: { 201: uploadedSchema },
    handler: async ({ db, actor, params, req, reply }) => {
      const versionId = await uploadTemplate(ctx, db, actor, params.kind, await readUpload(req, '模板'));
      return reply.status(201).send({ versionId });
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/work-reports/:kind',
    summary:
      '生成工作报告（.docx）：年度工作综述、提案工作报告（按年度）或届内工作报告（按届次）；scope=subtree 为本级及下级',
    tags,
    roles: LEAGUE_READER_ROLES,
    params: kindParams,
    query: reportQuery,
    labels: WORK_REPORT_FIELD_LABELS,
    handler: async ({ db, actor, params, query, reply }) => {
      const rc = await reportContext(db, actor, params.kind, query);
      const { bytes } = await currentTemplate(ctx, db, rc.committee.id, params.kind);
      const { fillTemplate } = await import('../../platform/docx-template');
      const body = fillTemplate(bytes, await reportData(db, rc));
      return sendWord(
        reply,
        `${rc.committee.name}${rc.period.label}${WORK_REPORT_LABELS[params.kind]}${scopeNote(rc.scope)}`,
        body,
      );
    },
  });
}

/**
 * A committee's templates (its own, which its documents are written with): a higher office reads a
 * district's, but only the district's own office uploads to it.
 */
async function templates(db: AppContext['handle']['db'], actor: Actor, committee: Committee) {
  const committeeId = committee.id;
  const documents = [];
  for (const kind of WORK_REPORT_KINDS) {
    documents.push({
      kind: kind as WorkReportKind,
      label: WORK_REPORT_LABELS[kind],
      period: WORK_REPORT_PERIOD[kind],
      versions: (await templateVersions(db, committeeId, kind)).map((v) => ({
        id: v.id,
        fileName: v.fileName,
        sizeBytes: v.sizeBytes,
        createdAt: v.createdAt,
      })),
    });
  }
  return {
    documents,
    placeholders: placeholders(),
    committee: { id: committee.id, name: committee.name },
    abilities: { uploadTemplate: UPLOADERS.includes(actor.role) && committee.id === actor.committeeId },
  };
}
export type TemplatesResult = Awaited<ReturnType<typeof templates>>;
