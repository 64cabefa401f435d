import { afterAll, beforeAll } from 'vitest';
import {
  consultationPlanEntries,
  consultationPlans,
  consultationTopics,
  sensitiveWords,
} from '../../db/schema';
import type { Client, TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { PLAN_LABELS } from './schemas';
import { type PlanWorld, planWorld } from './test-world';

let t: TestApp;
let pw: PlanWorld;
let plan: { id: number; version: number };
let topicId: number;
/** A resident's phone: no cookie, no CSRF token. */
let resident: Client;
beforeAll(async () => {
  t = await createTestApp();
  pw = await planWorld(t, 'cb');
  const topic = await pw.c.member.post('/api/consultation-topics', { title: '议题', description: '说明' });
  topicId = (
    await pw.c.organiser.post(`/api/consultation-topics/${topic.json().id}/approve`, {
      expectedVersion: topic.json().version,
    })
  ).json().id;
  plan = (await pw.c.organiser.post('/api/consultation-plans', { year: 2026 })).json();
  const request: Client['request'] = (opts) => t.app.inject(opts);
  resident = {
    username: 'resident',
    headers: {},
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as never }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as never }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as never }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}, 60_000);
afterAll(() => t.close());

const labels = PLAN_LABELS;
const entry = () => ({
  topicId,
  form: 'special',
  leadMemberId: pw.viceChairId,
  organiser: '经济委员会',
  plannedMonth: 3,
  unitIds: [],
});

/** Every JSON write of the plan module, broken one field at a time. */
const CASES: BadInputCase[] = [
  {
    what: '公开提交协商议题',
    role: 'resident',
    method: 'POST',
    url: () => '/api/public/consultation/topics',
    valid: () => ({ committeeId: pw.w.committeeId, title: '关于路灯的建议', description: '路灯长期不亮' }),
    wrongType: ['committeeId', '本区'],
    missing: 'description',
    tooLong: ['title', 60],
    table: consultationTopics,
    labels,
  },
  {
    what: '提出协商议题',
    role: 'member',
    method: 'POST',
    url: () => '/api/consultation-topics',
    valid: () => ({ title: '关于路灯的建议', description: '路灯不亮' }),
    wrongType: ['description', 12],
    missing: 'title',
    tooLong: ['description', 2000],
    table: consultationTopics,
    labels,
  },
  {
    what: '不予采纳协商议题',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/consultation-topics/${topicId}/reject`,
    valid: () => ({ expectedVersion: 2, note: '重复' }),
    wrongType: ['expectedVersion', '第二版'],
    missing: 'note',
    tooLong: ['note', 500],
    table: consultationTopics,
    labels,
  },
  {
    what: '添加敏感词',
    role: 'organiser',
    method: 'POST',
    url: () => '/api/sensitive-words',
    valid: () => ({ word: '某词' }),
    wrongType: ['word', 1],
    missing: 'word',
    tooLong: ['word', 20],
    table: sensitiveWords,
    labels,
  },
  {
    what: '新建协商计划',
    role: 'organiser',
    method: 'POST',
    url: () => '/api/consultation-plans',
    valid: () => ({ year: 2027, frequencyNote: '6+X', targets: [{ form: 'special', minimum: 4 }] }),
    wrongType: ['targets', '每年四次'],
    missing: 'year',
    tooLong: ['frequencyNote', 200],
    table: consultationPlans,
    labels,
  },
  {
    what: '修改协商计划',
    role: 'organiser',
    method: 'PUT',
    url: () => `/api/consultation-plans/${plan.id}`,
    valid: () => ({ expectedVersion: plan.version, targets: [], entries: [entry()] }),
    wrongType: ['entries', '全部'],
    missing: 'entries',
    tooLong: ['frequencyNote', 200],
    table: consultationPlanEntries,
    labels,
  },
  {
    what: '主席会议审议通过',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/consultation-plans/${plan.id}/pass-review`,
    valid: () => ({ expectedVersion: plan.version, reviewMeeting: '第二十次主席会议' }),
    wrongType: ['reviewMeeting', 20],
    missing: 'reviewMeeting',
    tooLong: ['reviewMeeting', 100],
    table: consultationPlans,
    labels,
  },
  {
    what: '党委批准协商计划',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/consultation-plans/${plan.id}/approve`,
    valid: () => ({
      expectedVersion: plan.version,
      documentNumber: '区委〔2026〕5号',
      approvedOn: '2026-02-10',
    }),
    wrongType: ['approvedOn', 20260210],
    missing: 'documentNumber',
    tooLong: ['documentNumber', 50],
    table: consultationPlans,
    labels,
  },
];

runBadInput(CASES, () => ({ t, as: { ...pw.c, resident } }));
