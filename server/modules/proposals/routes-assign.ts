import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { step, stepRoutes } from '../../platform/step-routes';
import { assignProposal, reassignProposal } from './commands/assign';
import { acceptAssignment, returnAssignment } from './commands/unit-receipt';
import { proposalDocument } from './proposal-route';
import { assignBody, returnBody, stepBody } from './schemas';

const tags = ['提案交办'];

/** Step 3: 交办 by staff, 签收 and 退回 by the unit, 重新交办 by staff. */
export async function proposalAssignRoutes(app: FastifyInstance, ctx: AppContext) {
  stepRoutes(app, ctx, proposalDocument(tags), [
    step({
      url: 'assign',
      summary: '交办（主办+会办，或分办）',
      roles: ['staff'],
      body: assignBody,
      run: assignProposal,
    }),
    step({ url: 'reassign', summary: '重新交办', roles: ['staff'], body: assignBody, run: reassignProposal }),
    step({ url: 'accept', summary: '承办单位签收', roles: ['unit'], body: stepBody, run: acceptAssignment }),
    step({
      url: 'return',
      summary: '承办单位退回（交办后规定日数内）',
      roles: ['unit'],
      body: returnBody,
      run: returnAssignment,
    }),
  ]);
}
