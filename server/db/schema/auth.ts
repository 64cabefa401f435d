import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';
import { members } from './members';
import { departments, handlingUnits, leaders, opinionInformants } from './org';

/** An account. `role` is one of domain/roles ROLES; the linked record depends on the role. */
export const users = pgTable(
  'users',
  {
    id: id(),
    committeeId: committeeRef(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    phoneDigest: text('phone_digest'),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    memberId: integer('member_id').references(() => members.id),
    handlingUnitId: integer('handling_unit_id').references(() => handlingUnits.id),
    leaderId: integer('leader_id').references(() => leaders.id),
    informantId: integer('informant_id').references(() => opinionInformants.id),
    /** Staff right to see whole phone/ID numbers (each view is audited). */
    canViewSensitive: boolean('can_view_sensitive').notNull().default(false),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    /** 长辈模式: the interface size the user chose, percent (domain/text-scale.ts TEXT_SCALES). */
    textScale: integer('text_scale').notNull().default(100),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    uniqueIndex('users_phone_digest_uq').on(t.phoneDigest),
  ],
);

/** Server-side login sessions; the cookie holds a random token, the table its SM3 digest. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    tokenDigest: text('token_digest').primaryKey(),
    committeeId: committeeRef(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/**
 * Append-only audit log. A trigger refuses UPDATE and DELETE; each row's `mac` is an SM3-HMAC over
 * its content and the previous row's mac in its chain, so a gap or edit is detectable.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /**
     * The chain the row's MAC continues: its committee (0 for rows without one), so committees
     * append without waiting for each other. Null for rows written before chains were per committee.
     */
    chain: integer('chain'),
    committeeId: integer('committee_id'),
    userId: integer('user_id'),
    username: text('username'),
    ip: text('ip'),
    action: text('action').notNull(),
    target: text('target'),
    result: text('result').notNull(),
    detail: jsonb('detail'),
    mac: text('mac').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_committee_idx').on(t.committeeId, t.at)],
);

/**
 * The head of each audit chain: its last row and mac, with an SM3-HMAC over both so that removing
 * the newest rows (which leaves a valid shorter chain) no longer matches. The row is also the
 * per-committee lock that orders a chain's appends.
 */
export const auditHeads = pgTable('audit_heads', {
  chain: integer('chain').primaryKey(),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
  lastMac: text('last_mac').notNull(),
  mac: text('mac').notNull(),
});
