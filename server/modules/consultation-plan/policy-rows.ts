import { eq } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import { departments } from '../../db/schema';
import { next, ok, onRecord, type Row, type Side, type Targets } from '../../test/policy-matrix';

const READERS: readonly Role[] = ['staff', 'member', 'unit', 'leader'];
const topicForm = () => ({ title: '关于老旧小区加装电梯的协商议题', description: '多层住宅老人上下楼难。' });

/** The plan and its topics: 协商工作/综合 staff run them, every working role proposes topics. */
export const CONSULTATION_PLAN_ROWS: Record<string, Row> = {
  'GET /api/consultation-topics': { own: READERS },
  'GET /api/consultation-topics/export': { own: READERS },
  'POST /api/consultation-topics': { own: READERS, body: topicForm },
  // A topic is read by the staff and by the member who proposed it.
  'GET /api/consultation-topics/:id': onRecord('topic', ['staff', 'member']),
  'POST /api/consultation-topics/:id/approve': onRecord('topic', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
  })),
  'POST /api/consultation-topics/:id/reject': onRecord('topic', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
    note: '与年度重点工作关联不大',
  })),
  'GET /api/sensitive-words': { own: ['staff'] },
  'POST /api/sensitive-words': { own: ['staff'], body: () => ({ word: `测试词${next()}` }) },
  'DELETE /api/sensitive-words/:id': onRecord('word', ['staff']),
  'GET /api/consultation-plans': { own: READERS },
  'POST /api/consultation-plans': { own: ['staff'], body: () => ({ year: nextPlanYear(), targets: [] }) },
  // A draft is read by the office and the leaders (the 主席会议), not yet by members and units.
  'GET /api/consultation-plans/:id': onRecord('plan', ['staff', 'leader']),
  'PUT /api/consultation-plans/:id': onRecord('plan', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
    targets: [{ form: 'special', minimum: 4 }],
    entries: [],
  })),
  'POST /api/consultation-plans/:id/submit': onRecord('plan', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
  })),
  'POST /api/consultation-plans/:id/pass-review': onRecord('plan', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
    reviewMeeting: '第二十次主席会议',
  })),
  'POST /api/consultation-plans/:id/send-back': onRecord('plan', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
  })),
  'POST /api/consultation-plans/:id/approve': onRecord('plan', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
    documentNumber: '区委〔2026〕1号',
    approvedOn: '2026-02-01',
  })),
  'POST /api/consultation-plans/:id/publish': onRecord('plan', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
  })),
  'POST /api/consultation-plans/:id/adjust': onRecord('plan', ['staff'], (_s, p) => ({
    expectedVersion: p.version,
  })),
  'GET /api/public/consultation': { own: 'anyone' },
  'POST /api/public/consultation/topics': {
    own: 'anyone',
    body: (s) => ({ committeeId: s.w.committeeId, ...topicForm() }),
  },
};

/** The side's staff work in a 协商工作 department. */
export async function consultationSide(s: Side) {
  await s.t.ctx.handle.db
    .update(departments)
    .set({ duty: '协商工作' })
    .where(eq(departments.id, s.w.departmentId));
}

/**
 * A year no plan of the file's committee has yet, within the 2000–2100 the form allows: the test
 * modules are shared by the files of one worker, so a plain counter would run past 2100.
 */
let planYears = 0;
const nextPlanYear = () => 2000 + (planYears++ % 100);

export const CONSULTATION_PLAN_TARGETS: Targets = {
  topic: async (s) => {
    const t = await ok(s.c.member.post('/api/consultation-topics', topicForm()), 201);
    return { id: t.id, version: t.version };
  },
  word: async (s) => {
    const list = await ok(s.c.staff.post('/api/sensitive-words', { word: `矩阵词${next()}` }), 201);
    return { id: list.items[0].id };
  },
  plan: async (s) => {
    const p = await ok(s.c.staff.post('/api/consultation-plans', { year: nextPlanYear(), targets: [] }), 201);
    return { id: p.id, version: p.version };
  },
};
