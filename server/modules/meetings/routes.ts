import type { FastifyInstance } from 'fastify';
import { MEETING_DUTIES } from '../../../domain/meetings';
import type { Role } from '../../../domain/roles';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { findAttachment, readUpload, sendAttachment } from '../../platform/attachments';
import { step, stepRoutes } from '../../platform/step-routes';
import { addMaterial, removeMaterial } from './commands/materials';
import { cancelMeeting, createMeeting, editMeeting, publishMeeting } from './commands/meeting';
import { confirmAttendance } from './commands/respond';
import { loadMeeting } from './load';
import { MEETING_MATERIAL, meetingSubject, meetingView } from './present';
import { exportMeetings, listMeetings, type MeetingItem } from './queries';
import { meetingPageSchema, meetingViewSchema } from './response-schemas';
import {
  editMeetingBody,
  MEETING_LABELS,
  materialParams,
  meetingBody,
  meetingFilters,
  meetingIdParams,
  meetingQuery,
  stepBody,
} from './schemas';

const tags = ['会议活动'];
const labels = MEETING_LABELS;
export const MEETING_READERS: Role[] = ['staff', 'member', 'unit', 'leader'];

const EXPORT_COLUMNS: XlsxColumn<MeetingItem>[] = [
  { header: '会议名称', width: 36, value: (r) => r.title },
  { header: '类型', width: 14, value: (r) => r.kindLabel },
  { header: '组织方', width: 20, value: (r) => r.organiserName },
  { header: '开始时间', width: 18, value: (r) => shanghaiDateTime(r.startsAt) },
  { header: '结束时间', width: 18, value: (r) => shanghaiDateTime(r.endsAt) },
  { header: '地点', width: 24, value: (r) => r.place },
  { header: '状态', value: (r) => r.statusLabel },
  { header: '应到', value: (r) => r.attendees },
  { header: '已确认', value: (r) => r.confirmed },
  { header: '待审批请假', value: (r) => r.leavePending },
  { header: '委员会', width: 20, value: (r) => r.committeeName },
];

/** The meetings list, the form's create and edit, the notice's steps, the materials and 确认参加. */
export async function meetingRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings',
    summary: '会议活动列表（工作人员看全部；委员、单位看受邀的；view=mine 只看本人受邀的）',
    tags,
    roles: MEETING_READERS,
    query: meetingQuery,
    labels,
    response: { 200: meetingPageSchema },
    handler: ({ db, actor, query }) => listMeetings(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/export',
    summary: '导出会议活动列表（.xlsx，条件同列表）',
    tags,
    roles: MEETING_READERS,
    query: meetingFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '会议活动',
        await buildXlsx('会议活动', EXPORT_COLUMNS, await exportMeetings(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/meetings',
    summary: '新建会议（草稿：场次、参会范围、列席）',
    tags,
    roles: ['staff'],
    staffDuty: MEETING_DUTIES,
    audit: '新建会议',
    body: meetingBody,
    labels,
    response: { 201: meetingViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await createMeeting(db, actor, body);
      return reply.status(201).send(await meetingView(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/:id',
    summary: '会议详情（通知、场次、材料、本人的回复与请假、出席统计与当前可执行操作）',
    tags,
    roles: MEETING_READERS,
    params: meetingIdParams,
    response: { 200: meetingViewSchema },
    handler: ({ db, actor, params }) => meetingView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/meetings/:id',
    summary: '修改会议（已发通知的，受邀人员收到变更通知）',
    tags,
    roles: ['staff'],
    staffDuty: MEETING_DUTIES,
    audit: '修改会议',
    params: meetingIdParams,
    body: editMeetingBody,
    labels,
    response: { 200: meetingViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await editMeeting(db, actor, params.id, body);
      return meetingView(db, actor, params.id);
    },
  });
  const doc = {
    path: '/api/meetings/:id',
    tags,
    params: meetingIdParams,
    staffDuty: MEETING_DUTIES,
    labels,
    view: meetingView,
    viewSchema: meetingViewSchema,
  };
  stepRoutes(app, ctx, doc, [
    step({ url: 'publish', summary: '发布会议通知', roles: ['staff'], body: stepBody, run: publishMeeting }),
    step({
      url: 'cancel',
      summary: '取消会议（通知全部受邀人员）',
      roles: ['staff'],
      body: stepBody,
      run: cancelMeeting,
    }),
    step({
      url: 'confirm',
      summary: '确认参加（受邀委员）',
      roles: ['member'],
      body: stepBody,
      run: (db, actor, id) => confirmAttendance(db, actor, id),
    }),
  ]);
  materialRoutes(app, ctx);
}

/** A meeting's agenda papers: the organisers upload and remove them, everyone invited downloads. */
function materialRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'POST',
    url: '/api/meetings/:id/materials',
    summary: '上传会议材料（multipart，字段 file，≤10 MB）',
    tags,
    roles: ['staff'],
    staffDuty: MEETING_DUTIES,
    audit: '上传会议材料',
    params: meetingIdParams,
    multipart: true,
    handler: async ({ actor, params, req, reply }) => {
      const attachmentId = await addMaterial(ctx, actor, params.id, await readUpload(req));
      return reply
        .status(201)
        .send({ attachmentId, meeting: await meetingView(ctx.handle.db, actor, params.id) });
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/meetings/:id/materials/:attachmentId',
    summary: '下载会议材料',
    tags,
    roles: MEETING_READERS,
    params: materialParams,
    handler: async ({ db, actor, params, reply }) => {
      await loadMeeting(db, actor, params.id);
      const file = await findAttachment(db, meetingSubject(params.id), params.attachmentId, MEETING_MATERIAL);
      if (!file) throw notFound('会议材料');
      return sendAttachment(reply, ctx, file);
    },
  });
  route(app, ctx, {
    method: 'DELETE',
    url: '/api/meetings/:id/materials/:attachmentId',
    summary: '删除会议材料',
    tags,
    roles: ['staff'],
    staffDuty: MEETING_DUTIES,
    audit: '删除会议材料',
    params: materialParams,
    handler: async ({ db, actor, params }) => {
      await removeMaterial(ctx, actor, params.id, params.attachmentId);
      return meetingView(db, actor, params.id);
    },
  });
}
