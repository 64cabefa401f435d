import { eq } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import { departments } from '../../db/schema';
import { filePayload, ok, onRecord, type Row, type Side, type Targets } from '../../test/policy-matrix';
import { OPINION_TARGETS } from '../opinion-reports/policy-rows';

const READERS: readonly Role[] = ['staff', 'leader', 'unit'];
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** 批示 on a 社情民意 issue the side sent to its leader, naming the side's unit. */
const form = (s: Side, p: { id?: number | string } = {}) => ({
  subjectType: 'bulletinIssue',
  subjectId: Number(p.id ?? 1),
  level: 'county',
  text: '请认真研究，提出解决办法。',
  instructedOn: today(),
  dueOn: today(),
  unitIds: [s.w.unitId],
});

/** 批示: leaders write them (staff record paper ones), named units feed back, the office closes. */
export const INSTRUCTION_ROWS: Record<string, Row> = {
  'GET /api/instructions': { own: READERS },
  'GET /api/instructions/export': { own: READERS },
  // The leader writes on an issue sent to them; the side's staff (社情民意 editors) record paper ones.
  'POST /api/instructions': { own: ['leader', 'staff'], target: 'sentIssue', body: (s, p) => form(s, p) },
  'GET /api/instructions/:id': onRecord('instruction', READERS),
  // Whoever reads the issue (its editors, the leader it was sent to) and the reporter of its item.
  'GET /api/instructions/on': {
    ...onRecord('sentIssue', ['staff', 'leader', 'member']),
    query: 'subjectType=bulletinIssue&subjectId=:id',
  },
  'POST /api/instructions/:id/feedback': onRecord('instruction', ['unit'], () => ({ feedback: '已落实' })),
  'POST /api/instructions/:id/accept': onRecord('fedBack', ['staff'], (s) => ({ unitId: s.w.unitId })),
  'POST /api/instructions/:id/send-back': onRecord('fedBack', ['staff'], (s) => ({ unitId: s.w.unitId })),
  'POST /api/instructions/:id/close': onRecord('instruction', ['staff']),
  'POST /api/instructions/:id/scans': { ...onRecord('instruction', ['staff']), upload: true },
  'POST /api/instructions/:id/feedback-files': { ...onRecord('instruction', ['unit']), upload: true },
  'GET /api/instructions/:id/files/:attachmentId': onRecord('withScan', READERS),
};

/** The side's staff edit 社情民意 and so follow up 批示 on its items. */
export async function instructionSide(s: Side) {
  await s.t.ctx.handle.db
    .update(departments)
    .set({ duty: '社情民意信息' })
    .where(eq(departments.id, s.w.departmentId));
}

/** Written by the side's leader on an issue sent to them. */
async function instruction(s: Side) {
  const issue = await OPINION_TARGETS.sentIssue(s, 'leader');
  return (await ok(s.c.leader.post('/api/instructions', form(s, issue)), 201)).id as number;
}

export const INSTRUCTION_TARGETS: Targets = {
  sentIssue: OPINION_TARGETS.sentIssue,
  instruction: async (s) => ({ id: await instruction(s) }),
  withScan: async (s) => {
    const id = await instruction(s);
    const res = await s.c.staff.request({
      method: 'POST',
      url: `/api/instructions/${id}/scans`,
      ...filePayload(),
    });
    const { attachmentId } = await ok(Promise.resolve(res), 201);
    return { id, attachmentId };
  },
  fedBack: async (s) => {
    const id = await instruction(s);
    await ok(s.c.unit.post(`/api/instructions/${id}/feedback`, { feedback: '已落实' }));
    return { id };
  },
};
