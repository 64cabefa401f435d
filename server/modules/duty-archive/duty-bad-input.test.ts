import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_DUTY_RULES } from '../../../domain/duty-rules';
import { dutyActions, dutyClaims, dutyRuleSets, dutySelfReports } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { type MeetingWorld, meetingWorld } from '../meetings/test-meetings';
import { DUTY_LABELS } from './schemas';

let t: TestApp;
let mw: MeetingWorld;
let claimId: number;
let confirmedId: number;
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'db');
  const form = { kind: 'claim.visit', occurredOn: '2026-03-01', title: '走访企业' };
  claimId = (await mw.c.m1.post('/api/duty-archive/claims', form)).json().id;
  confirmedId = (await mw.c.organiser.post('/api/duty-archive/claims', { ...form, memberId: mw.m.m2 })).json()
    .id;
});
afterAll(() => t.close());

const labels = DUTY_LABELS;
const claimForm = () => ({
  kind: 'claim.donation',
  occurredOn: '2026-03-01',
  title: '捐助',
  description: '说明',
});

/** Every JSON write of the duty archive, broken one field at a time. */
const CASES: BadInputCase[] = [
  {
    what: '申报履职项',
    role: 'm1',
    method: 'POST',
    url: () => '/api/duty-archive/claims',
    valid: claimForm,
    wrongType: ['occurredOn', 20260301],
    missing: 'title',
    tooLong: ['title', 100],
    table: dutyClaims,
    labels,
  },
  {
    what: '不予确认',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/duty-archive/claims/${claimId}/refuse`,
    valid: () => ({ reason: '无材料' }),
    wrongType: ['expectedVersion', '第一版'],
    missing: 'reason',
    tooLong: ['reason', 500],
    table: dutyClaims,
    labels,
  },
  {
    what: '更正履职项',
    role: 'organiser',
    method: 'POST',
    url: () => `/api/duty-archive/claims/${confirmedId}/correct`,
    valid: () => ({ kind: 'claim.visit', occurredOn: '2026-03-02', title: '走访', reason: '更正' }),
    wrongType: ['kind', 3],
    missing: 'reason',
    tooLong: ['title', 100],
    table: dutyClaims,
    labels,
  },
  {
    what: '记录处理情况',
    role: 'organiser',
    method: 'POST',
    url: () => '/api/duty-archive/actions',
    valid: () => ({
      memberId: mw.m.m1,
      year: 2026,
      consequence: 'talk',
      actedBy: '副主席',
      actedOn: '2026-03-01',
      content: '提醒',
    }),
    wrongType: ['memberId', '张三'],
    missing: 'content',
    tooLong: ['actedBy', 50],
    table: dutyActions,
    labels,
  },
  {
    what: '修改考评规则',
    role: 'organiser',
    method: 'PUT',
    url: () => '/api/duty-archive/rules',
    valid: () => ({ year: 2026, rules: DEFAULT_DUTY_RULES, note: '调整' }),
    wrongType: ['rules', '默认'],
    missing: 'rules',
    tooLong: ['note', 200],
    table: dutyRuleSets,
    labels,
  },
  {
    what: '保存述职报告',
    role: 'm1',
    method: 'PUT',
    url: () => '/api/duty-archive/self-reports/mine',
    valid: () => ({ year: 2026, text: '一年来……', submit: false }),
    wrongType: ['submit', '是'],
    missing: 'text',
    tooLong: ['text', 20000],
    table: dutySelfReports,
    labels,
  },
];

runBadInput(CASES, () => ({ t, as: mw.c }));
