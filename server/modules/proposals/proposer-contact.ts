import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../../domain/roles';
import { appendAudit } from '../../auth/audit';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { members } from '../../db/schema';
import { forbidden, notFound } from '../../errors';
import { memberTarget } from '../members/present';
import { type ProposalRelations, proposalRolesOf } from './policy';
import { proposalRoute } from './proposal-route';
import { loadReadable, type ProposalRow } from './relations';
import { proposalIdParams } from './schemas';

/**
 * A handling unit must phone the proposer within 15 working days of 交办 (DOMAIN.md §2 step 4).
 * While its assignment is active it sees the lead proposer's masked number on the page and may
 * reveal the full one with a click, each reveal an audit row like the member directory's
 * sensitive view. Party and committee proposals have no lead member, so nothing to call.
 */
export async function proposerContactOf(db: DbOrTx, actor: Actor, p: ProposalRow, rel: ProposalRelations) {
  if (p.leadMemberId === null || !proposalRolesOf(actor, p, rel).includes('unit')) return null;
  const [m] = await db
    .select({ memberId: members.id, name: members.name, phoneMasked: members.phoneMask })
    .from(members)
    .where(eq(members.id, p.leadMemberId));
  return m ?? null;
}

export function proposerContactRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/:id/proposer-phone',
    summary: '承办单位查看提案人完整手机号（本单位在办期间，逐次审计）',
    tags: ['提案办理'],
    roles: ['unit'],
    audit: '申请查看提案人手机号',
    params: proposalIdParams,
    handler: async ({ ctx, db, actor, params, req }) => {
      const { proposal, relations } = await loadReadable(db, actor, params.id);
      if (!proposalRolesOf(actor, proposal, relations).includes('unit')) {
        throw forbidden('本单位没有在办的交办，不能查看提案人手机号');
      }
      const contact = await proposerContactOf(db, actor, proposal, relations);
      if (!contact) throw notFound('提案人手机号');
      const [stored] = await db
        .select({ phoneEnc: members.phoneEnc })
        .from(members)
        .where(eq(members.id, contact.memberId));
      const phone = stored?.phoneEnc ? ctx.cipher.decrypt(stored.phoneEnc) : null;
      await appendAudit(db, ctx.cipher, {
        committeeId: actor.committeeId,
        userId: actor.userId,
        username: actor.username,
        ip: req.ip,
        action: '查看提案人手机号',
        target: memberTarget({ id: contact.memberId, name: contact.name }),
        result: '成功',
        detail: { proposalId: proposal.id, memberName: contact.name, fields: ['手机号'] },
      });
      return { memberId: contact.memberId, name: contact.name, phone };
    },
  });
}
