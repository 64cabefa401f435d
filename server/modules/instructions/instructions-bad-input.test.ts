import { afterAll, beforeAll } from 'vitest';
import { instructions, instructionUnits } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { type BadInputCase, runBadInput } from '../../test/bad-input';
import { expectOk, type OpinionWorld, opinionWorld, sentIssue } from '../opinion-reports/test-opinions';
import { INSTRUCTION_LABELS } from './schemas';

let t: TestApp;
let ow: OpinionWorld;
let issueId: number;
let openId: number;
let fedBackId: number;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'ib');
  issueId = await sentIssue(ow);
  openId = (await expectOk(ow.c.leader.post('/api/instructions', valid()), 201)).id;
  fedBackId = (await expectOk(ow.c.leader.post('/api/instructions', valid()), 201)).id;
  await expectOk(ow.c.unit.post(`/api/instructions/${fedBackId}/feedback`, { feedback: '已落实' }));
});
afterAll(() => t.close());

const valid = () => ({
  subjectType: 'bulletinIssue',
  subjectId: issueId,
  level: 'county',
  text: '请研究落实。',
  instructedOn: '2026-03-01',
  dueOn: '2026-04-01',
  unitIds: [ow.w.unitId],
});
const labels = INSTRUCTION_LABELS;

/** Every JSON write of 批示, broken one field at a time. */
const CASES: BadInputCase[] = [
  {
    what: '批示',
    role: 'leader',
    method: 'POST',
    url: () => '/api/instructions',
    valid,
    wrongType: ['unitIds', '教育局'],
    missing: 'text',
    tooLong: ['text', 2000],
    table: instructions,
    labels,
  },
  {
    what: '落实反馈',
    role: 'unit',
    method: 'POST',
    url: () => `/api/instructions/${openId}/feedback`,
    valid: () => ({ feedback: '已落实' }),
    wrongType: ['feedback', ['已落实']],
    missing: 'feedback',
    tooLong: ['feedback', 5000],
    table: instructionUnits,
    labels,
  },
  {
    what: '退回反馈',
    role: 'editor',
    method: 'POST',
    url: () => `/api/instructions/${fedBackId}/send-back`,
    valid: () => ({ unitId: ow.w.unitId, note: '请补充' }),
    wrongType: ['unitId', '教育局'],
    missing: 'unitId',
    tooLong: ['note', 500],
    table: instructionUnits,
    labels,
  },
];

runBadInput(CASES, () => ({ t, as: ow.c }));
