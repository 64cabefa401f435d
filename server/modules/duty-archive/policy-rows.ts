import { eq } from 'drizzle-orm';
import { DEFAULT_DUTY_RULES } from '../../../domain/duty-rules';
import { departments, dutyAwards } from '../../db/schema';
import { filePayload, ok, onRecord, type Row, type Side, type Targets } from '../../test/policy-matrix';

const Y = 'year=2026';
const claimForm = { kind: 'claim.visit', occurredOn: '2026-03-01', title: '走访企业' };
const staffRead = (extra: Partial<Row> = {}): Row => ({ own: ['staff'], query: Y, ...extra });

/** The archive: members read their own (and their linked members'), its staff keep it. */
export const DUTY_ARCHIVE_ROWS: Record<string, Row> = {
  'GET /api/duty-archive/me': { own: ['member'], query: Y },
  'GET /api/duty-archive/members/:memberId': { ...onRecord('member', ['member', 'staff']), query: Y },
  'GET /api/duty-archive/scores': staffRead(),
  'GET /api/duty-archive/scores/export': staffRead(),
  'GET /api/duty-archive/distribution': staffRead(),
  'GET /api/duty-archive/flags': staffRead(),
  'GET /api/duty-archive/rules': staffRead(),
  'POST /api/duty-archive/actions': {
    own: ['staff'],
    body: (s) => ({
      memberId: s.w.memberId,
      year: 2026,
      consequence: 'talk',
      actedBy: '副主席',
      actedOn: '2026-03-01',
      content: '提醒按时参会',
    }),
  },
  // A year's writes act on the caller's own committee: there is no other committee's record to try.
  'PUT /api/duty-archive/rules': {
    own: ['staff'],
    body: () => ({ year: 2026, rules: DEFAULT_DUTY_RULES, note: null }),
  },
  'POST /api/duty-archive/years/:year/recompute': { own: ['staff'], target: 'year' },
  'POST /api/duty-archive/years/:year/close': { own: ['staff'], target: 'pastYear' },
  'GET /api/duty-archive/claims': { own: ['member', 'staff'] },
  'POST /api/duty-archive/claims': { own: ['member', 'staff'], body: () => claimForm },
  'GET /api/duty-archive/claims/:id': onRecord('claim', ['member', 'staff']),
  'POST /api/duty-archive/claims/:id/files': { ...onRecord('claim', ['member', 'staff']), upload: true },
  'GET /api/duty-archive/claims/:id/files/:attachmentId': onRecord('claimWithFile', ['member', 'staff']),
  'POST /api/duty-archive/claims/:id/confirm': onRecord('claim', ['staff']),
  'POST /api/duty-archive/claims/:id/refuse': onRecord('claim', ['staff'], () => ({ reason: '无材料' })),
  'POST /api/duty-archive/claims/:id/withdraw': onRecord('claim', ['member']),
  'POST /api/duty-archive/claims/:id/correct': onRecord('claim', ['staff'], () => ({
    ...claimForm,
    reason: '更正',
  })),
  'POST /api/duty-archive/claims/:id/revoke': onRecord('claim', ['staff'], () => ({ reason: '撤销' })),
  'GET /api/duty-archive/awards': staffRead(),
  'POST /api/duty-archive/years/:year/awards/propose': { own: ['staff'], target: 'year' },
  'POST /api/duty-archive/awards/:id/confirm': onRecord('award', ['staff']),
  'POST /api/duty-archive/awards/:id/drop': onRecord('award', ['staff']),
  'GET /api/duty-archive/notice.docx': staffRead(),
  'GET /api/duty-archive/notice.xlsx': staffRead(),
  'GET /api/duty-archive/self-reports': staffRead(),
  'GET /api/duty-archive/self-reports/export': staffRead(),
  'GET /api/duty-archive/self-reports/mine': { own: ['member'], query: Y },
  'PUT /api/duty-archive/self-reports/mine': {
    own: ['member'],
    body: () => ({ year: 2026, text: '一年来……', submit: false }),
  },
  'GET /api/duty-archive/members/:memberId/self-report.docx': {
    ...onRecord('member', ['member', 'staff']),
    query: Y,
  },
};

/** The side's staff keep the archive (a 委员工作 department). */
export async function keeperSide(s: Side) {
  await s.t.ctx.handle.db
    .update(departments)
    .set({ duty: '委员工作' })
    .where(eq(departments.id, s.w.departmentId));
}

async function claim(s: Side) {
  return (await ok(s.c.member.post('/api/duty-archive/claims', claimForm), 201)).id as number;
}

let awards = 0;
/** A suggested award: the proposal needs a scored year, so the row stands in for what propose writes. */
async function award(s: Side) {
  const [row] = await s.t.ctx.handle.db
    .insert(dutyAwards)
    .values({
      committeeId: s.w.committeeId,
      year: 2026,
      kind: 'excellentMember',
      subject: `member:${s.w.memberId}#${++awards}`,
      memberId: s.w.memberId,
      basis: '得分 90，等次优秀',
      status: 'proposed',
    })
    .returning({ id: dutyAwards.id });
  return { id: row.id };
}

export const DUTY_ARCHIVE_TARGETS: Targets = {
  award,
  member: async (s) => ({ memberId: s.w.memberId }),
  year: async () => ({ year: 2026 }),
  pastYear: async () => ({ year: 2025 }),
  claim: async (s) => ({ id: await claim(s) }),
  claimWithFile: async (s) => {
    const id = await claim(s);
    const res = await s.c.member.request({
      method: 'POST',
      url: `/api/duty-archive/claims/${id}/files`,
      ...filePayload(),
    });
    return { id, attachmentId: (await ok(Promise.resolve(res), 201)).attachmentId };
  },
};
