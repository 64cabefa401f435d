import { afterAll, beforeAll } from 'vitest';
import {
  consultationParticipants,
  consultationSuggestions,
  inspections,
  inspectionVisits,
  memberAppointments,
  supervisionGroups,
  supervisionVisits,
} from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { CONSULTATION_LABELS } from '../consultation-activities/schemas';
import { type ConsultationWorld, consultationWorld } from '../consultation-activities/test-consultations';
import { SUPERVISION_LABELS as labels } from './schemas';
import { groupAndInspection } from './test-supervision';

let t: TestApp;
let cw: ConsultationWorld;
let groupId: number;
let inspectionId: number;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'sb');
  ({ groupId, inspectionId } = await groupAndInspection(
    cw,
    { name: '专项监督组', topic: '河长制落实', startsOn: '2026-01-01', endsOn: '2026-06-30' },
    { topic: '养老服务', startsOn: '2026-03-01' },
  ));
}, 60_000);
afterAll(() => t.close());

const suggestion = () => ({ source: 'member', memberId: cw.mw.m.m1, text: '建议', unitId: cw.mw.w.unitId });

/** Every JSON write of 民主监督 and 视察调研, broken one field at a time. */
const CASES: BadInputCase[] = [
  {
    what: '派出民主监督小组',
    role: 'consult',
    method: 'POST',
    url: () => '/api/supervision-groups',
    valid: () => ({
      kind: 'group',
      name: '第二小组',
      topic: '营商环境',
      unitId: cw.mw.w.unitId,
      memberIds: [cw.mw.m.m1],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    }),
    wrongType: ['memberIds', '张三'],
    missing: 'unitId',
    tooLong: ['name', 100],
    table: supervisionGroups,
    labels,
  },
  {
    what: '记录监督活动',
    role: 'consult',
    method: 'POST',
    url: () => `/api/supervision-groups/${groupId}/visits`,
    valid: () => ({
      visitedOn: '2026-02-01',
      place: '水务局',
      memberIds: [cw.mw.m.m1],
      findings: '台账不全',
    }),
    wrongType: ['visitedOn', 20260201],
    missing: 'findings',
    tooLong: ['place', 200],
    table: supervisionVisits,
    labels,
  },
  {
    what: '交办监督意见建议',
    role: 'consult',
    method: 'POST',
    url: () => `/api/supervision-groups/${groupId}/suggestions`,
    valid: suggestion,
    wrongType: ['unitId', '水务局'],
    missing: 'text',
    table: consultationSuggestions,
    labels: CONSULTATION_LABELS,
  },
  {
    what: '新建视察调研',
    role: 'consult',
    method: 'POST',
    url: () => '/api/inspections',
    valid: () => ({ kind: 'inspection', topic: '饮水安全', memberIds: [cw.mw.m.m1], startsOn: '2026-05-01' }),
    wrongType: ['startsOn', true],
    missing: 'kind',
    tooLong: ['topic', 200],
    table: inspections,
    labels,
  },
  {
    what: '记录视察调研行程',
    role: 'consult',
    method: 'POST',
    url: () => `/api/inspections/${inspectionId}/visits`,
    valid: () => ({ visitedOn: '2026-03-02', place: '敬老院', memberIds: [cw.mw.m.m1] }),
    wrongType: ['memberIds', '全部'],
    missing: 'place',
    tooLong: ['notes', 5000],
    table: inspectionVisits,
    labels,
  },
  {
    what: '交办视察调研意见建议',
    role: 'consult',
    method: 'POST',
    url: () => `/api/inspections/${inspectionId}/suggestions`,
    valid: suggestion,
    wrongType: ['memberId', '委员'],
    missing: 'unitId',
    table: consultationSuggestions,
    labels: CONSULTATION_LABELS,
  },
  {
    what: '撰写视察调研报告',
    role: 'consult',
    method: 'PUT',
    url: () => `/api/inspections/${inspectionId}/report`,
    valid: () => ({ title: '调研报告', body: '正文' }),
    wrongType: ['sentOn', 5],
    missing: 'title',
    tooLong: ['title', 200],
    table: inspections,
    labels,
  },
  {
    what: '关联协商活动',
    role: 'consult',
    method: 'PUT',
    url: () => `/api/inspections/${inspectionId}/consultation`,
    valid: () => ({ consultationId: null }),
    wrongType: ['consultationId', '专题协商会'],
    missing: 'consultationId',
    table: inspections,
    labels,
  },
  {
    what: '邀请联动委员会（民主监督）',
    role: 'consult',
    method: 'POST',
    url: () => `/api/supervision-groups/${groupId}/participants`,
    valid: () => ({ committeeIds: [] }),
    wrongType: ['committeeIds', '清河区'],
    missing: 'committeeIds',
    table: consultationParticipants,
    labels: CONSULTATION_LABELS,
  },
  {
    what: '邀请联动委员会（视察调研）',
    role: 'consult',
    method: 'POST',
    url: () => `/api/inspections/${inspectionId}/participants`,
    valid: () => ({ committeeIds: [] }),
    wrongType: ['committeeIds', '清河区'],
    missing: 'committeeIds',
    table: consultationParticipants,
    labels: CONSULTATION_LABELS,
  },
  {
    what: '登记特约监督员',
    role: 'consult',
    method: 'POST',
    url: () => '/api/member-appointments',
    valid: () => ({ memberId: cw.mw.m.m1, role: 'supervisor', body: '区人民法院', startsOn: '2026-01-01' }),
    wrongType: ['memberId', '张三'],
    missing: 'body',
    tooLong: ['body', 100],
    table: memberAppointments,
    labels,
  },
];

runBadInput(CASES, () => ({ t, as: cw.c }));
