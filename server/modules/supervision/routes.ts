import type { FastifyInstance } from 'fastify';
import { CONSULTATION_DUTIES } from '../../../domain/consultations';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { sendDocx } from '../../lib/word';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { CONSULTATION_LABELS, suggestionBody } from '../consultation-activities/schemas';
import {
  addAppointment,
  addGroupSuggestion,
  addInspectionSuggestion,
  addInspectionVisit,
  addSupervisionVisit,
  createGroup,
  createInspection,
  removeAppointment,
  setPreparedConsultation,
  writeReport,
} from './commands';
import { loadInspection } from './load';
import {
  exportGroups,
  exportInspections,
  type GroupItem,
  groupView,
  type InspectionItem,
  inspectionView,
  listAppointments,
  listGroups,
  listInspections,
} from './queries';
import {
  appointmentListSchema,
  groupPageSchema,
  groupViewSchema,
  inspectionPageSchema,
  inspectionViewSchema,
} from './response-schemas';
import {
  appointmentBody,
  appointmentQuery,
  groupBody,
  groupFilters,
  groupQuery,
  idParams,
  inspectionBody,
  inspectionFilters,
  inspectionQuery,
  inspectionVisitBody,
  preparesBody,
  reportBody,
  SUPERVISION_LABELS,
  supervisionVisitBody,
} from './schemas';
import { visitFileRoutes } from './visit-file-routes';

const labels = SUPERVISION_LABELS;
const READERS = ['staff', 'leader', 'member'] as const;
const staffDuty = CONSULTATION_DUTIES;

const GROUP_COLUMNS: XlsxColumn<GroupItem>[] = [
  { header: '类别', width: 14, value: (r) => r.kindLabel },
  { header: '小组名称', width: 24, value: (r) => r.name },
  { header: '监督主题', width: 36, value: (r) => r.topic },
  { header: '监督部门', width: 20, value: (r) => r.unitName },
  { header: '开始日期', width: 12, value: (r) => r.startsOn },
  { header: '结束日期', width: 12, value: (r) => r.endsOn },
  { header: '成员数', value: (r) => r.memberCount },
  { header: '监督活动', value: (r) => r.visits },
  { header: '意见建议', value: (r) => r.suggestions },
  { header: '待反馈', value: (r) => r.openSuggestions },
];

const INSPECTION_COLUMNS: XlsxColumn<InspectionItem>[] = [
  { header: '类别', value: (r) => r.kindLabel },
  { header: '主题', width: 36, value: (r) => r.topic },
  { header: '开始日期', width: 12, value: (r) => r.startsOn },
  { header: '参加委员', value: (r) => r.memberCount },
  { header: '行程', value: (r) => r.visits },
  { header: '报告', width: 36, value: (r) => r.reportTitle ?? '' },
  { header: '报送领导', width: 16, value: (r) => r.reportSentTo ?? '' },
  { header: '报送日期', width: 12, value: (r) => r.reportSentOn ?? '' },
  { header: '意见建议', value: (r) => r.suggestions },
  { header: '待反馈', value: (r) => r.openSuggestions },
];

/** 民主监督 (groups, special topics), 视察 / 调研, and members' outside appointments (DOMAIN.md §5). */
export async function supervisionRoutes(app: FastifyInstance, ctx: AppContext) {
  const tags = ['民主监督'];
  route(app, ctx, {
    method: 'GET',
    url: '/api/supervision-groups',
    summary: '民主监督小组与专项民主监督（本会及下级；可按年度、类别、关键词筛选）',
    tags,
    roles: READERS,
    query: groupQuery,
    labels,
    response: { 200: groupPageSchema },
    handler: ({ db, actor, query }) => listGroups(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/supervision-groups/export',
    summary: '导出民主监督（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: groupFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '民主监督',
        await buildXlsx('民主监督', GROUP_COLUMNS, await exportGroups(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/supervision-groups',
    summary: '派出民主监督小组或专项民主监督（监督部门、成员、组长、期限）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '派出民主监督小组',
    body: groupBody,
    labels,
    response: { 201: groupViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await createGroup(db, actor, body);
      return reply.status(201).send(await groupView(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/supervision-groups/:id',
    summary: '民主监督详情（成员、监督活动与发现的问题、意见建议及整改反馈、过程）',
    tags,
    roles: READERS,
    params: idParams,
    labels,
    response: { 200: groupViewSchema },
    handler: ({ db, actor, params }) => groupView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/supervision-groups/:id/visits',
    summary: '记录监督活动（日期、地点、到场成员、发现的问题）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '记录监督活动',
    params: idParams,
    body: supervisionVisitBody,
    labels,
    response: { 201: groupViewSchema },
    handler: async ({ db, actor, params, body, reply }) => {
      await addSupervisionVisit(db, actor, params.id, body);
      return reply.status(201).send(await groupView(db, actor, params.id));
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/supervision-groups/:id/suggestions',
    summary: '交办监督意见建议（交责任部门书面反馈整改情况，与协商意见建议同一办理流程）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '交办监督意见建议',
    params: idParams,
    body: suggestionBody,
    labels: CONSULTATION_LABELS,
    response: { 201: groupViewSchema },
    handler: async ({ db, actor, params, body, reply }) => {
      await addGroupSuggestion(db, actor, params.id, body);
      return reply.status(201).send(await groupView(db, actor, params.id));
    },
  });

  const itags = ['视察调研'];
  route(app, ctx, {
    method: 'GET',
    url: '/api/inspections',
    summary: '视察、调研（本会及下级；可按年度、类别、关键词筛选）',
    tags: itags,
    roles: READERS,
    query: inspectionQuery,
    labels,
    response: { 200: inspectionPageSchema },
    handler: ({ db, actor, query }) => listInspections(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/inspections/export',
    summary: '导出视察调研（.xlsx，条件同列表）',
    tags: itags,
    roles: READERS,
    query: inspectionFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '视察调研',
        await buildXlsx('视察调研', INSPECTION_COLUMNS, await exportInspections(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/inspections',
    summary: '新建视察或调研（主题，可取自年度协商计划；所准备的协商活动；工作方案；参加委员）',
    tags: itags,
    roles: ['staff'],
    staffDuty,
    audit: '新建视察调研',
    body: inspectionBody,
    labels,
    response: { 201: inspectionViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await createInspection(db, actor, body);
      return reply.status(201).send(await inspectionView(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/inspections/:id',
    summary: '视察调研详情（方案、所准备的协商活动、委员、行程及附件、报告、意见建议及反馈、过程）',
    tags: itags,
    roles: READERS,
    params: idParams,
    labels,
    response: { 200: inspectionViewSchema },
    handler: ({ db, actor, params }) => inspectionView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/inspections/:id/visits',
    summary: '记录视察调研行程（日期、地点、到场委员、情况）',
    tags: itags,
    roles: ['staff'],
    staffDuty,
    audit: '记录视察调研行程',
    params: idParams,
    body: inspectionVisitBody,
    labels,
    response: { 201: inspectionViewSchema },
    handler: async ({ db, actor, params, body, reply }) => {
      await addInspectionVisit(db, actor, params.id, body);
      return reply.status(201).send(await inspectionView(db, actor, params.id));
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/inspections/:id/suggestions',
    summary: '交办视察调研意见建议（交责任部门书面反馈）',
    tags: itags,
    roles: ['staff'],
    staffDuty,
    audit: '交办视察调研意见建议',
    params: idParams,
    body: suggestionBody,
    labels: CONSULTATION_LABELS,
    response: { 201: inspectionViewSchema },
    handler: async ({ db, actor, params, body, reply }) => {
      await addInspectionSuggestion(db, actor, params.id, body);
      return reply.status(201).send(await inspectionView(db, actor, params.id));
    },
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/inspections/:id/report',
    summary: '撰写视察调研报告（填报送领导和日期即为报送，领导可作批示）',
    tags: itags,
    roles: ['staff'],
    staffDuty,
    audit: '撰写视察调研报告',
    params: idParams,
    body: reportBody,
    labels,
    response: { 200: inspectionViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await writeReport(db, actor, params.id, body);
      return inspectionView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/inspections/:id/consultation',
    summary: '关联所准备的协商活动（须为本委员会的协商活动；null 取消关联）',
    tags: itags,
    roles: ['staff'],
    staffDuty,
    audit: '关联协商活动',
    params: idParams,
    body: preparesBody,
    labels,
    response: { 200: inspectionViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await setPreparedConsultation(db, actor, params.id, body);
      return inspectionView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/inspections/:id/report.docx',
    summary: '视察调研报告（Word）',
    tags: itags,
    roles: READERS,
    params: idParams,
    labels,
    handler: async ({ db, actor, params, reply }) => {
      const { reportDocument } = await import('./documents');
      const { fileName, doc } = await reportDocument(db, await loadInspection(db, actor, params.id));
      return sendDocx(reply, fileName, doc);
    },
  });

  visitFileRoutes(app, ctx, {
    owner: 'group',
    base: '/api/supervision-groups',
    what: '监督活动',
    tags,
    view: groupView,
    schema: groupViewSchema,
  });
  visitFileRoutes(app, ctx, {
    owner: 'inspection',
    base: '/api/inspections',
    what: '视察调研行程',
    tags: itags,
    view: inspectionView,
    schema: inspectionViewSchema,
  });

  const atags = ['特约监督员'];
  route(app, ctx, {
    method: 'GET',
    url: '/api/member-appointments',
    summary: '委员受聘特约监督员、听证员（聘任单位、任期；委员只看本人的）',
    tags: atags,
    roles: READERS,
    query: appointmentQuery,
    labels,
    response: { 200: appointmentListSchema },
    handler: ({ db, actor, query }) => listAppointments(db, actor, query.memberId),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/member-appointments',
    summary: '登记委员受聘特约监督员、听证员',
    tags: atags,
    roles: ['staff'],
    staffDuty,
    audit: '登记特约监督员',
    body: appointmentBody,
    labels,
    response: { 201: appointmentListSchema },
    handler: async ({ db, actor, body, reply }) => {
      await addAppointment(db, actor, body);
      return reply.status(201).send(await listAppointments(db, actor, body.memberId));
    },
  });
  route(app, ctx, {
    method: 'DELETE',
    url: '/api/member-appointments/:id',
    summary: '删除聘任记录',
    tags: atags,
    roles: ['staff'],
    staffDuty,
    audit: '删除特约监督员记录',
    params: idParams,
    labels,
    handler: async ({ db, actor, params, reply }) => {
      await removeAppointment(db, actor, params.id);
      return reply.status(204).send();
    },
  });
}
