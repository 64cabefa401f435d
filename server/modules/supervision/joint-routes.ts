import type { FastifyInstance } from 'fastify';
import { CONSULTATION_DUTIES } from '../../../domain/consultations';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import {
  CONSULTATION_LABELS,
  inviteBody,
  participantMembersBody,
  participantParams,
} from '../consultation-activities/schemas';
import { inviteToJoint, type JointRecordKind, setJointMembers } from './joint';
import { groupView, inspectionView } from './queries';
import { groupViewSchema, inspectionViewSchema } from './response-schemas';
import { idParams } from './schemas';

/** The two joint records outside consultation activities: their URL, page and the words for them. */
const KINDS = [
  {
    kind: 'supervisionGroup',
    base: '/api/supervision-groups',
    tag: '民主监督',
    name: '联动民主监督',
    view: groupView,
    schema: groupViewSchema,
  },
  {
    kind: 'inspection',
    base: '/api/inspections',
    tag: '视察调研',
    name: '联合视察调研',
    view: inspectionView,
    schema: inspectionViewSchema,
  },
] as const;

/**
 * 三级联动 for supervision groups and inspections (seed 001: 联合调研、民主监督): the organiser's staff
 * invite committees of their subtree, each invited committee's staff name their own members. The same
 * participant mechanism as a joint consultation activity (consultation-activities/joint-participants.ts).
 */
export async function jointSupervisionRoutes(app: FastifyInstance, ctx: AppContext) {
  for (const k of KINDS) {
    const kind: JointRecordKind = k.kind;
    route(app, ctx, {
      method: 'POST',
      url: `${k.base}/:id/participants`,
      summary: `邀请联动委员会（${k.name}：本会下级委员会参加，列表替换原有列表；已有活动或意见建议的不能移除）`,
      tags: [k.tag],
      roles: ['staff'],
      staffDuty: CONSULTATION_DUTIES,
      audit: `邀请联动委员会（${k.name}）`,
      params: idParams,
      body: inviteBody,
      labels: CONSULTATION_LABELS,
      response: { 200: k.schema },
      handler: async ({ db, actor, params, body }) => {
        await inviteToJoint(db, actor, kind, params.id, body.committeeIds);
        return k.view(db, actor, params.id);
      },
    });
    route(app, ctx, {
      method: 'PUT',
      url: `${k.base}/:id/participants/:committeeId/members`,
      summary: `确定本会参加委员（${k.name}：参加委员会的工作人员确定本会委员；其他委员会的部分为 403）`,
      tags: [k.tag],
      roles: ['staff'],
      staffDuty: CONSULTATION_DUTIES,
      audit: `确定${k.name}参加委员`,
      params: participantParams,
      body: participantMembersBody,
      labels: CONSULTATION_LABELS,
      response: { 200: k.schema },
      handler: async ({ db, actor, params, body }) => {
        await setJointMembers(db, actor, kind, params.id, params.committeeId, body.memberIds);
        return k.view(db, actor, params.id);
      },
    });
  }
}
