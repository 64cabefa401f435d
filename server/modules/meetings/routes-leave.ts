import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MEETING_DUTIES } from '../../../domain/meetings';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { parseInput } from '../../http/validation';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { findAttachment, listAttachments, readMultipart, sendAttachment } from '../../platform/attachments';
import { step, stepRoutes } from '../../platform/step-routes';
import { decideLeave, LEAVE_EVIDENCE, requestLeave, withdrawLeave } from './commands/leave';
import { exportLeaveRequests, type LeaveItem, leaveItem, listLeaveRequests } from './leave-queries';
import { loadLeave, loadMeeting } from './load';
import { meetingView } from './present';
import { leavePageSchema, leaveViewSchema, meetingViewSchema } from './response-schemas';
import {
  leaveDecisionBody,
  leaveFields,
  leaveFilters,
  leaveQuery,
  MEETING_LABELS,
  materialParams,
  meetingIdParams,
  stepBody,
} from './schemas';
import { leaveAbilities } from './transitions';

const tags = ['会议请假'];
const labels = MEETING_LABELS;
const leaveSubject = (id: number) => ({ type: 'leaveRequest', id });

const EXPORT_COLUMNS: XlsxColumn<LeaveItem>[] = [
  { header: '委员', width: 12, value: (r) => r.memberName },
  { header: '会议', width: 36, value: (r) => r.meetingTitle },
  { header: '会议时间', width: 18, value: (r) => shanghaiDateTime(r.meetingStartsAt) },
  { header: '请假场次', width: 24, value: (r) => r.sittingNames?.join('、') ?? '全部场次' },
  { header: '类别', value: (r) => r.categoryLabel },
  { header: '事由', width: 40, value: (r) => r.reason },
  { header: '逾期提交', value: (r) => (r.late ? '是' : '否') },
  { header: '状态', value: (r) => r.statusLabel },
  { header: '审批说明', width: 30, value: (r) => r.decisionNote },
  { header: '提交时间', width: 18, value: (r) => shanghaiDateTime(r.createdAt) },
];

/** A leave request as its page shows it: the request, its evidence and what the caller may do. */
export async function leaveView(db: DbOrTx, actor: Actor, id: number) {
  const { leave, meeting } = await loadLeave(db, actor, id);
  return {
    ...(await leaveItem(db, id)),
    files: await listAttachments(db, leaveSubject(id), LEAVE_EVIDENCE),
    abilities: leaveAbilities(actor, leave, meeting),
  };
}

/** 请假: asked from the meeting, listed for the organisers, decided, withdrawn; its evidence file. */
export async function leaveRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'POST',
    url: '/api/meetings/:id/leave-requests',
    summary:
      '请假（multipart：category、reason、sittingIds（逗号分隔，缺省为全部场次）、可选证明材料 file；工作人员代请假时填 memberId）',
    tags,
    roles: ['member', 'staff'],
    staffDuty: MEETING_DUTIES,
    audit: '提交请假',
    params: meetingIdParams,
    multipart: true,
    response: { 201: z.object({ leaveRequest: leaveViewSchema, meeting: meetingViewSchema }) },
    handler: async ({ db, actor, params, req, reply }) => {
      // Out of scope is a 404 before the form is read, like every other step.
      await loadMeeting(db, actor, params.id);
      const { fields, file } = await readMultipart(req, '证明材料');
      const input = parseInput(leaveFields, fields, '请求', labels);
      const row = await requestLeave(ctx, actor, params.id, input, file);
      return reply.status(201).send({
        leaveRequest: await leaveView(db, actor, row.id),
        meeting: await meetingView(db, actor, params.id),
      });
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/leave-requests',
    summary: '请假申请列表（工作人员看本会及下级；委员看本人的）',
    tags,
    roles: ['staff', 'member'],
    query: leaveQuery,
    labels,
    response: { 200: leavePageSchema },
    handler: ({ db, actor, query }) => listLeaveRequests(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/leave-requests/export',
    summary: '导出请假申请（.xlsx，条件同列表）',
    tags,
    roles: ['staff', 'member'],
    query: leaveFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '请假申请',
        await buildXlsx('请假申请', EXPORT_COLUMNS, await exportLeaveRequests(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/leave-requests/:id',
    summary: '请假申请详情',
    tags,
    roles: ['staff', 'member'],
    params: meetingIdParams,
    response: { 200: leaveViewSchema },
    handler: ({ db, actor, params }) => leaveView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/leave-requests/:id/files/:attachmentId',
    summary: '下载请假证明材料',
    tags,
    roles: ['staff', 'member'],
    params: materialParams,
    handler: async ({ db, actor, params, reply }) => {
      await loadLeave(db, actor, params.id);
      const file = await findAttachment(db, leaveSubject(params.id), params.attachmentId, LEAVE_EVIDENCE);
      if (!file) throw notFound('证明材料');
      return sendAttachment(reply, ctx, file);
    },
  });
  const doc = {
    path: '/api/leave-requests/:id',
    tags,
    params: meetingIdParams,
    staffDuty: MEETING_DUTIES,
    labels,
    view: leaveView,
    viewSchema: leaveViewSchema,
  };
  stepRoutes(app, ctx, doc, [
    step({
      url: 'decide',
      summary: '审批请假（批准或不批准，可附说明）',
      roles: ['staff'],
      body: leaveDecisionBody,
      run: decideLeave,
    }),
    step({
      url: 'withdraw',
      summary: '撤回请假（审批前）',
      roles: ['member'],
      body: stepBody,
      run: withdrawLeave,
    }),
  ]);
}
