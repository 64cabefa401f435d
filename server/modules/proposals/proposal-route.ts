import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { PROPOSAL_DUTY } from '../../../domain/org-resources';
import type { AppContext } from '../../context';
import { type NoInput, type RouteSpec, route } from '../../http/route';
import type { StepDocument } from '../../platform/step-routes';
import { proposalStepView } from './respond';
import { proposalIdParams } from './schemas';
import { proposalStepViewSchema } from './view-schema';

/**
 * A proposal route: staff change proposals only through a department whose duty is 提案工作
 * (review, assignment, supervision, configuration, entering a party's proposal); every staff
 * member may read them. Members, units and leaders are unaffected.
 */
export function proposalRoute<
  B extends z.ZodType = NoInput,
  Q extends z.ZodType = NoInput,
  P extends z.ZodType = NoInput,
>(app: FastifyInstance, ctx: AppContext, spec: RouteSpec<B, Q, P>): void {
  route(app, ctx, spec.method === 'GET' ? spec : { ...spec, staffDuty: PROPOSAL_DUTY });
}

/** The proposal as a workflow document for `stepRoutes`: its path, id and the view every step answers with. */
export function proposalDocument(tags: string[], labels?: Record<string, string>): StepDocument {
  return {
    path: '/api/proposals/:id',
    tags,
    params: proposalIdParams,
    staffDuty: PROPOSAL_DUTY,
    labels,
    view: proposalStepView,
    viewSchema: proposalStepViewSchema,
  };
}
