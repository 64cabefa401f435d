import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { SUPERVISING_POSITIONS } from '../../../domain/members';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { DbOrTx, Tx } from '../../db/client';
import { leaders, members, users } from '../../db/schema';
import { badRequest } from '../../errors';
import { proposalRoute } from './proposal-route';

export interface SupervisorChoice {
  leaderId?: number;
  /** A member of the roster who is 主席 or 副主席. */
  chairId?: number;
}

export interface Supervisor {
  leaderId: number | null;
  memberId: number | null;
  name: string;
  title: string;
}

/** The CPPCC's own chairs read as their post in the committee: 政协主席, 政协副主席. */
export const chairTitle = (position: string) => `政协${position}`;

/** The columns naming a key proposal's lead, with `leaders` and `members` left-joined on the selection. */
export const leadColumns = {
  leaderName: leaders.name,
  leaderTitle: leaders.title,
  leaderIsPrincipal: leaders.isPrincipal,
  chairName: members.name,
  chairPosition: members.position,
};

/** Who leads, in words: a 党政领导 with post and flag, or a chair as 政协主席/副主席. */
export function leadOf(r: {
  leaderName: string | null;
  leaderTitle: string | null;
  leaderIsPrincipal: boolean | null;
  chairName: string | null;
  chairPosition: string | null;
}) {
  if (r.leaderName)
    return { name: r.leaderName, title: r.leaderTitle, isPrincipal: Boolean(r.leaderIsPrincipal) };
  if (r.chairName) return { name: r.chairName, title: chairTitle(r.chairPosition ?? ''), isPrincipal: false };
  return null;
}

/** The chosen leader or chair of the proposal's committee, or a 400 naming the field. */
export async function resolveSupervisor(
  tx: Tx,
  committeeId: number,
  c: SupervisorChoice,
): Promise<Supervisor> {
  if (c.leaderId !== undefined) {
    const [l] = await tx
      .select()
      .from(leaders)
      .where(and(eq(leaders.id, c.leaderId), eq(leaders.committeeId, committeeId)));
    if (!l) throw badRequest('领衔督办领导：不存在', 'leaderId');
    return { leaderId: l.id, memberId: null, name: l.name, title: l.title };
  }
  const [m] = await tx
    .select()
    .from(members)
    .where(
      and(
        eq(members.id, c.chairId ?? -1),
        eq(members.committeeId, committeeId),
        eq(members.status, 'active'),
        inArray(members.position, [...SUPERVISING_POSITIONS]),
      ),
    );
  if (!m) throw badRequest('领衔督办（本会主席、副主席）：不存在或不是在任的主席、副主席', 'chairId');
  return { leaderId: null, memberId: m.id, name: m.name, title: chairTitle(m.position) };
}

/** The active accounts of the leading leader or chair: they are told and may record 督办. */
export async function supervisorAccounts(
  tx: DbOrTx,
  s: { leaderId: number | null; memberId: number | null },
): Promise<number[]> {
  if (s.leaderId === null && s.memberId === null) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        or(eq(users.leaderId, s.leaderId ?? -1), eq(users.memberId, s.memberId ?? -1)),
      ),
    );
  return rows.map((r) => r.id);
}

/** The choices of the 确定为重点提案 form: the committee's leaders, then its chairs in rank order. */
async function supervisorOptions(db: DbOrTx, actor: Actor) {
  const [ls, chairs] = await Promise.all([
    db
      .select({
        id: leaders.id,
        name: leaders.name,
        title: leaders.title,
        level: leaders.level,
        isPrincipal: leaders.isPrincipal,
      })
      .from(leaders)
      .where(eq(leaders.committeeId, actor.committeeId))
      .orderBy(asc(leaders.sortOrder), asc(leaders.id)),
    db
      .select({ id: members.id, name: members.name, position: members.position })
      .from(members)
      .where(
        and(
          eq(members.committeeId, actor.committeeId),
          eq(members.status, 'active'),
          inArray(members.position, [...SUPERVISING_POSITIONS]),
        ),
      )
      .orderBy(asc(members.officialOrder), asc(members.id)),
  ]);
  const rank = (p: string) => SUPERVISING_POSITIONS.indexOf(p as (typeof SUPERVISING_POSITIONS)[number]);
  return {
    leaders: ls,
    chairs: chairs
      .sort((a, b) => rank(a.position) - rank(b.position))
      .map((m) => ({ id: m.id, name: m.name, title: chairTitle(m.position) })),
  };
}

export function keySupervisorRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/key-supervisors',
    summary: '可领衔督办的党政领导（含级别、是否党政主要领导）与本会主席、副主席',
    tags: ['重点提案'],
    roles: ['staff'],
    handler: ({ db, actor }) => supervisorOptions(db, actor),
  });
}
