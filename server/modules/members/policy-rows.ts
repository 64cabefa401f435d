import type { Role } from '../../../domain/roles';
import { memberLinks } from '../../db/schema';
import { insertMember, NONE, next, onRecord, type Row, type Targets } from '../../test/policy-matrix';

const DIRECTORY: readonly Role[] = ['staff', 'member', 'unit', 'leader', 'sysadmin'];

/** Staff keep the directory; the sensitive view needs the staff right. */
export const MEMBER_ROWS: Record<string, Row> = {
  'GET /api/members': { own: DIRECTORY },
  'GET /api/members/export': { own: ['staff', 'leader', 'sysadmin'] },
  'GET /api/members/import-template': { own: ['staff'] },
  'POST /api/members/import': { own: ['staff'] },
  'POST /api/members': { own: ['staff'] },
  'GET /api/members/:id': { own: DIRECTORY, other: NONE, target: 'member' },
  'PUT /api/members/:id': onRecord('freshMember', ['staff'], () => ({ jobTitle: '矩阵' })),
  'POST /api/members/:id/leave': onRecord('freshMember', ['staff'], () => ({
    leftDate: '2026-01-05',
    leftReason: '工作调动',
  })),
  'PUT /api/members/:id/activity-groups': onRecord('freshMember', ['staff'], () => ({
    activityGroupIds: [],
  })),
  'POST /api/members/:id/sensitive': onRecord('member', ['staff']),
  'GET /api/member-links': { own: DIRECTORY },
  'GET /api/member-links/export': { own: DIRECTORY },
  'POST /api/member-links': { own: ['staff'] },
  'DELETE /api/member-links/:id': onRecord('memberLink', ['staff']),
};

export const MEMBER_TARGETS: Targets = {
  member: async (s) => ({ id: s.w.memberId }),
  freshMember: async (s) => ({ id: await insertMember(s.t, s.w, `矩阵委员${next()}`) }),
  memberLink: async (s) => {
    const [row] = await s.t.ctx.handle.db
      .insert(memberLinks)
      .values({
        committeeId: s.w.committeeId,
        linkerId: s.w.memberId,
        linkedId: await insertMember(s.t, s.w, '被联系'),
      })
      .returning();
    return { id: row.id };
  },
};
