import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { readUpload, sendAttachment } from '../../platform/attachments';
import { step, stepRoutes } from '../../platform/step-routes';
import { acceptFeedback, closeInstruction, giveFeedback, sendBackFeedback } from './commands/feedback';
import { addFeedbackFile, addScan, readableFile } from './commands/files';
import { createInstruction } from './commands/instruction';
import { instructionsOnDocument } from './on-document';
import { instructionView } from './present';
import { exportInstructions, type InstructionItem, listInstructions } from './queries';
import {
  documentInstructionsSchema,
  instructionFileAddedSchema,
  instructionPageSchema,
  instructionViewSchema,
} from './response-schemas';
import {
  documentQuery,
  feedbackBody,
  fileParams,
  INSTRUCTION_LABELS,
  idParams,
  instructionBody,
  instructionFilters,
  instructionQuery,
  stepBody,
  unitStepBody,
} from './schemas';

const tags = ['批示'];
const labels = INSTRUCTION_LABELS;
const READERS = ['staff', 'leader', 'unit'] as const;

const EXPORT_COLUMNS: XlsxColumn<InstructionItem>[] = [
  { header: '文件', width: 36, value: (r) => `${r.subjectLabel}：${r.subjectTitle}` },
  { header: '批示领导', width: 12, value: (r) => r.leaderName },
  { header: '层级', value: (r) => r.levelLabel },
  { header: '主要领导', value: (r) => (r.principal ? '是' : '否') },
  { header: '批示日期', width: 12, value: (r) => r.instructedOn },
  { header: '批示内容', width: 40, value: (r) => r.text },
  {
    header: '落实单位',
    width: 30,
    value: (r) => r.units.map((u) => `${u.unitName}（${u.stateLabel}）`).join('、'),
  },
  { header: '反馈期限', width: 12, value: (r) => r.dueOn },
  { header: '状态', value: (r) => (r.overdue ? `${r.statusLabel}（逾期）` : r.statusLabel) },
];

/** 批示 on any document kind: written or recorded, fed back by the units, confirmed and closed. */
export async function instructionRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/instructions',
    summary:
      '批示列表（各类文件；工作人员看本会及下级的，领导看本人的，单位看交本单位落实的；可按领导、层级、单位、状态、类别、逾期筛选）',
    tags,
    roles: READERS,
    query: instructionQuery,
    labels,
    response: { 200: instructionPageSchema },
    handler: ({ db, actor, query }) => listInstructions(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/instructions/export',
    summary: '导出批示（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: instructionFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '批示',
        await buildXlsx('批示', EXPORT_COLUMNS, await exportInstructions(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/instructions/on',
    summary: '一份文件上的批示（能读该文件的人，以及该文件的反映人、提案人；各条注明本人能否打开批示详情）',
    tags,
    roles: [...READERS, 'member', 'informant'],
    query: documentQuery,
    labels,
    response: { 200: documentInstructionsSchema },
    handler: async ({ db, actor, query }) => ({
      items: await instructionsOnDocument(db, actor, query.subjectType, query.subjectId),
    }),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/instructions',
    summary: '批示（领导在线批示，或工作人员登记纸质批示：文件、领导、层级、内容、落实单位、反馈期限）',
    tags,
    roles: ['leader', 'staff'],
    audit: '批示',
    body: instructionBody,
    labels,
    response: { 201: instructionViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const row = await createInstruction(db, actor, body);
      return reply.status(201).send(await instructionView(db, actor, row.id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/instructions/:id',
    summary: '批示详情（批示内容、各单位落实反馈、处理过程与当前可执行操作）',
    tags,
    roles: READERS,
    params: idParams,
    response: { 200: instructionViewSchema },
    handler: ({ db, actor, params }) => instructionView(db, actor, params.id),
  });
  fileRoutes(app, ctx);
  const doc = {
    path: '/api/instructions/:id',
    tags,
    params: idParams,
    labels,
    view: instructionView,
    viewSchema: instructionViewSchema,
  };
  stepRoutes(app, ctx, doc, [
    step({
      url: 'feedback',
      summary: '落实反馈（被批示的单位）',
      roles: ['unit'],
      body: feedbackBody,
      run: giveFeedback,
    }),
    step({
      url: 'accept',
      summary: '确认单位的落实反馈',
      roles: ['staff'],
      body: unitStepBody,
      run: acceptFeedback,
    }),
    step({
      url: 'send-back',
      summary: '退回单位的落实反馈（说明需补充的内容）',
      roles: ['staff'],
      body: unitStepBody,
      run: sendBackFeedback,
    }),
    step({
      url: 'close',
      summary: '批示办结（各单位反馈均已确认）',
      roles: ['staff'],
      body: stepBody,
      run: closeInstruction,
    }),
  ]);
}

/** The scan of a paper 批示 (the office) and a unit's feedback files; readers of the 批示 download them. */
function fileRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'POST',
    url: '/api/instructions/:id/scans',
    summary: '上传批示件扫描件（办公室或该类文件的跟踪部门，multipart，字段 file，≤10 MB）',
    tags,
    roles: ['staff'],
    audit: '上传批示件',
    params: idParams,
    multipart: true,
    response: { 201: instructionFileAddedSchema },
    handler: async ({ actor, params, req, reply }) => {
      const attachmentId = await addScan(ctx, actor, params.id, await readUpload(req));
      return reply
        .status(201)
        .send({ attachmentId, instruction: await instructionView(ctx.handle.db, actor, params.id) });
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/instructions/:id/feedback-files',
    summary: '上传落实反馈附件（被批示的单位，反馈前；multipart，字段 file，≤10 MB）',
    tags,
    roles: ['unit'],
    audit: '上传落实反馈附件',
    params: idParams,
    multipart: true,
    response: { 201: instructionFileAddedSchema },
    handler: async ({ actor, params, req, reply }) => {
      const attachmentId = await addFeedbackFile(ctx, actor, params.id, await readUpload(req));
      return reply
        .status(201)
        .send({ attachmentId, instruction: await instructionView(ctx.handle.db, actor, params.id) });
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/instructions/:id/files/:attachmentId',
    summary: '下载批示件或落实反馈附件（单位只能下载本单位的反馈附件）',
    tags,
    roles: READERS,
    params: fileParams,
    handler: async ({ db, actor, params, reply }) =>
      sendAttachment(reply, ctx, await readableFile(db, actor, params.id, params.attachmentId)),
  });
}
