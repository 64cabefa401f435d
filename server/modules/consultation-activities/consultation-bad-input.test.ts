import { afterAll, beforeAll } from 'vitest';
import {
  consultationOutputs,
  consultationParticipants,
  consultationProblems,
  consultationProgress,
  consultationSuggestions,
  consultations,
} from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { CONSULTATION_LABELS } from './schemas';
import {
  activityInput,
  type ConsultationWorld,
  consultationWorld,
  expectOk,
  heldActivity,
  suggestionOn,
} from './test-consultations';

let t: TestApp;
let cw: ConsultationWorld;
let held: number;
let grassroots: number;
let problemId: number;
let outputId: number;
let sent: number;
let implementing: number;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'cb');
  held = await heldActivity(cw);
  grassroots = await heldActivity(cw, { form: 'grassroots', grassrootsKind: 'council' });
  problemId = (
    await expectOk(cw.c.consult.post(`/api/consultations/${grassroots}/problems`, { text: '路灯' }))
  ).problems[0].id;
  outputId = (
    await expectOk(
      cw.c.consult.post(`/api/consultations/${held}/outputs`, {
        kind: 'minutes',
        title: '纪要',
        body: '正文',
      }),
    )
  ).outputs[0].id;
  sent = await suggestionOn(cw, held);
  implementing = await suggestionOn(cw, held);
  await expectOk(
    cw.c.unit.post(`/api/consultation-suggestions/${implementing}/feedback`, {
      adoption: 'adopted',
      feedback: '采纳',
    }),
  );
}, 60_000);
afterAll(() => t.close());

const labels = CONSULTATION_LABELS;

/** Every JSON write of the consultation module, broken one field at a time. */
const CASES: BadInputCase[] = [
  {
    what: '新建协商活动',
    role: 'consult',
    method: 'POST',
    url: () => '/api/consultations',
    valid: () => activityInput(cw),
    wrongType: ['unitIds', '教育局'],
    missing: 'topic',
    tooLong: ['topic', 200],
    table: consultations,
    labels,
  },
  {
    what: '修改协商活动',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${held}/edit`,
    valid: () => activityInput(cw),
    wrongType: ['organiserId', '联络组'],
    missing: 'place',
    tooLong: ['place', 100],
    table: consultations,
    labels,
  },
  {
    what: '确认召开',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${held}/hold`,
    valid: () => ({}),
    wrongType: ['expectedVersion', '一'],
    table: consultations,
    labels,
  },
  {
    what: '取消协商活动',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${held}/cancel`,
    valid: () => ({ note: '改期' }),
    wrongType: ['note', 1],
    tooLong: ['note', 500],
    table: consultations,
    labels,
  },
  {
    what: '公开协商成果',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${held}/publish`,
    valid: () => ({}),
    wrongType: ['expectedVersion', '一'],
    table: consultations,
    labels,
  },
  {
    what: '记录问题',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${grassroots}/problems`,
    valid: () => ({ text: '积水' }),
    wrongType: ['text', 1],
    missing: 'text',
    tooLong: ['text', 1000],
    table: consultationProblems,
    labels,
  },
  {
    what: '问题已解决',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${grassroots}/problems/${problemId}/solve`,
    valid: () => ({ solution: '已修复', solvedOn: '2026-03-20' }),
    wrongType: ['solvedOn', 20260320],
    missing: 'solution',
    tooLong: ['solution', 2000],
    table: consultationProblems,
    labels,
  },
  {
    what: '撰写成果',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${held}/outputs`,
    valid: () => ({ kind: 'report', title: '专报', body: '正文' }),
    wrongType: ['kind', 1],
    missing: 'title',
    tooLong: ['title', 200],
    table: consultationOutputs,
    labels,
  },
  {
    what: '报送成果',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${held}/outputs/${outputId}/send`,
    valid: () => ({ sentTo: '区委', sentOn: '2026-03-16' }),
    wrongType: ['sentTo', ['区委']],
    missing: 'sentOn',
    tooLong: ['sentTo', 200],
    table: consultationOutputs,
    labels,
  },
  {
    what: '交办意见建议',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${held}/suggestions`,
    valid: () => ({ source: 'member', memberId: cw.mw.m.m1, text: '建议', unitId: cw.mw.w.unitId }),
    wrongType: ['unitId', '教育局'],
    missing: 'text',
    tooLong: ['text', 2000],
    table: consultationSuggestions,
    labels,
  },
  {
    what: '书面反馈',
    role: 'unit',
    method: 'POST',
    url: () => `/api/consultation-suggestions/${sent}/feedback`,
    valid: () => ({ adoption: 'adopted', feedback: '采纳' }),
    wrongType: ['adoption', true],
    missing: 'feedback',
    tooLong: ['feedback', 5000],
    table: consultationSuggestions,
    labels,
  },
  {
    what: '报告进展',
    role: 'unit',
    method: 'POST',
    url: () => `/api/consultation-suggestions/${implementing}/progress`,
    valid: () => ({ percent: 30, milestone: '已开工' }),
    wrongType: ['percent', '三成'],
    missing: 'milestone',
    tooLong: ['milestone', 1000],
    table: consultationProgress,
    labels,
  },
  {
    what: '办结',
    role: 'unit',
    method: 'POST',
    url: () => `/api/consultation-suggestions/${implementing}/complete`,
    valid: () => ({ milestone: '完成' }),
    wrongType: ['milestone', 1],
    missing: 'milestone',
    tooLong: ['milestone', 1000],
    table: consultationProgress,
    labels,
  },
  {
    what: '邀请联动委员会',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultations/${held}/participants`,
    valid: () => ({ committeeIds: [] }),
    wrongType: ['committeeIds', '清河区'],
    missing: 'committeeIds',
    table: consultationParticipants,
    labels,
  },
  {
    what: '改派',
    role: 'consult',
    method: 'POST',
    url: () => `/api/consultation-suggestions/${sent}/reassign`,
    valid: () => ({ unitId: cw.unit2 }),
    wrongType: ['unitId', '卫健局'],
    missing: 'unitId',
    tooLong: ['note', 500],
    table: consultationSuggestions,
    labels,
  },
];

runBadInput(CASES, () => ({ t, as: cw.c as never }));
