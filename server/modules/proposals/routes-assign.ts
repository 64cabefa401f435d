import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { assignProposal, reassignProposal } from './commands/assign';
import { acceptAssignment, returnAssignment } from './commands/unit-receipt';
import { proposalRoute } from './proposal-route';
import { proposalView } from './respond';
import { assignBody, proposalIdParams, returnBody, stepBody } from './schemas';

const tags = ['提案交办'];

/** Step 3: 交办 by staff, 签收 and 退回 by the unit, 重新交办 by staff. */
export async function proposalAssignRoutes(app: FastifyInstance, ctx: AppContext) {
  const steps = [
    {
      url: 'assign',
      summary: '交办（主办+会办，或分办）',
      roles: ['staff'],
      body: assignBody,
      run: assignProposal,
    },
    { url: 'reassign', summary: '重新交办', roles: ['staff'], body: assignBody, run: reassignProposal },
    { url: 'accept', summary: '承办单位签收', roles: ['unit'], body: stepBody, run: acceptAssignment },
    {
      url: 'return',
      summary: '承办单位退回（交办后规定日数内）',
      roles: ['unit'],
      body: returnBody,
      run: returnAssignment,
    },
  ] as const;
  for (const s of steps) {
    proposalRoute(app, ctx, {
      method: 'POST',
      url: `/api/proposals/:id/${s.url}`,
      summary: s.summary,
      tags,
      roles: s.roles,
      audit: s.summary.replace(/（.*）$/, ''),
      params: proposalIdParams,
      body: s.body,
      handler: async ({ db, actor, params, body }) => {
        await s.run(db, actor, params.id, body as never);
        return proposalView(db, actor, params.id);
      },
    });
  }
}
