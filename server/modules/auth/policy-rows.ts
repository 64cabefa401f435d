import { eq } from 'drizzle-orm';
import { ROLES } from '../../../domain/roles';
import { notifications, users } from '../../db/schema';
import { NONE, next, type Row, type Side, type Targets } from '../../test/policy-matrix';

const ALL = ROLES;

/** Who may call the system routes: health, sign-in, the home page, notifications, 三员分立. */
export const SYSTEM_ROWS: Record<string, Row> = {
  'GET /api/health': { own: 'anyone' },
  'GET /api/docs/json': { own: 'anyone' },
  'POST /api/auth/login': { own: 'anyone' },
  // Logging out without a session is a harmless no-op that clears the cookie.
  'POST /api/auth/logout': { own: 'anyone', freshSession: true },
  'GET /api/auth/me': { own: ALL },
  'GET /api/auth/session': { own: 'anyone' },
  'POST /api/auth/change-password': { own: ALL },
  'PUT /api/auth/preferences': { own: ALL, body: () => ({ textScale: 125 }) },
  'GET /api/dashboard/summary': { own: ALL },
  'GET /api/todos': { own: ALL },
  'GET /api/notifications': { own: ALL },
  'GET /api/notifications/export': { own: ALL },
  'POST /api/notifications/read-all': { own: ALL },
  'GET /api/notifications/preferences': { own: ALL },
  'PUT /api/notifications/preferences/:kind': {
    own: ALL,
    target: 'notificationKind',
    body: () => ({ mode: 'daily' }),
  },
  'POST /api/notifications/:id/read': { own: ALL, other: NONE, target: 'notification' },
  // 三员分立: the audit log is the auditor's, accounts the security administrator's.
  'GET /api/audit': { own: ['auditor'] },
  'GET /api/audit/export': { own: ['auditor'] },
  'GET /api/audit/verify': { own: ['auditor'] },
  'GET /api/accounts': { own: ['secadmin'] },
  'GET /api/accounts/export': { own: ['secadmin'] },
  'GET /api/accounts/link-options': { own: ['secadmin'], query: 'role=unit' },
  'POST /api/accounts': { own: ['secadmin'] },
  'GET /api/accounts/:id': { own: ['secadmin'], other: NONE, target: 'account' },
  'PUT /api/accounts/:id': {
    own: ['secadmin'],
    other: NONE,
    target: 'account',
    body: () => ({ displayName: '改' }),
  },
  'POST /api/accounts/:id/reset-password': { own: ['secadmin'], other: NONE, target: 'account' },
  'POST /api/accounts/:id/unlock': { own: ['secadmin'], other: NONE, target: 'account' },
};

export const SYSTEM_TARGETS: Targets = {
  account: async (s: Side) => {
    const [row] = await s.t.ctx.handle.db
      .insert(users)
      .values({
        committeeId: s.w.committeeId,
        username: `matrix${next()}`,
        displayName: '矩阵',
        passwordHash: 'x',
        role: 'auditor',
      })
      .returning();
    return { id: row.id };
  },
  notificationKind: async () => ({ kind: 'proposal' }),
  notification: async (s, role) => {
    const [u] = await s.t.ctx.handle.db.select().from(users).where(eq(users.username, s.w.users[role]));
    const [row] = await s.t.ctx.handle.db
      .insert(notifications)
      .values({ committeeId: s.w.committeeId, userId: u.id, kind: 'test', title: '矩阵通知' })
      .returning();
    return { id: row.id };
  },
};
