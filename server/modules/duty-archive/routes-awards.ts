import type { FastifyInstance } from 'fastify';
import { DUTY_ARCHIVE_DUTIES } from '../../../domain/duty-claim-workflow';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { step, stepRoutes } from '../../platform/step-routes';
import { awardView, decideAward, listAwards, proposeAwards } from './awards';
import { awardListSchema, awardProposedSchema, awardViewSchema } from './response-schemas';
import { claimParams, claimStepBody, DUTY_LABELS, yearParams, yearQuery } from './schemas';

const tags = ['履职档案'];
const labels = DUTY_LABELS;
const staffDuty = DUTY_ARCHIVE_DUTIES;

/** 年度表彰: proposed from the year's scores, confirmed or dropped by the archive's staff. */
export async function awardRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/awards',
    summary: '年度表彰（优秀政协委员、先进委员活动组、优秀组长）：建议与确认情况',
    tags,
    roles: ['staff'],
    query: yearQuery,
    labels,
    response: { 200: awardListSchema },
    handler: ({ db, actor, query }) => listAwards(db, actor, query.year, query.committeeId),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/duty-archive/years/:year/awards/propose',
    summary: '根据年度得分提出表彰建议（已确认或未采纳的不变）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '提出年度表彰建议',
    params: yearParams,
    response: { 200: awardProposedSchema },
    handler: ({ db, actor, params }) => proposeAwards(db, actor, params.year),
  });
  stepRoutes(
    app,
    ctx,
    {
      path: '/api/duty-archive/awards/:id',
      tags,
      params: claimParams,
      staffDuty,
      labels,
      view: awardView,
      viewSchema: awardViewSchema,
    },
    [
      step({
        url: 'confirm',
        summary: '确认表彰',
        roles: ['staff'],
        body: claimStepBody,
        run: (db, actor, id, body) => decideAward(db, actor, id, 'confirm', body),
      }),
      step({
        url: 'drop',
        summary: '不予表彰',
        roles: ['staff'],
        body: claimStepBody,
        run: (db, actor, id, body) => decideAward(db, actor, id, 'drop', body),
      }),
    ],
  );
}
