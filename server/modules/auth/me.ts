import { z } from 'zod';
import { abilitiesFor } from '../../../domain/abilities';
import { ROLES } from '../../../domain/roles';
import { TEXT_SCALES } from '../../../domain/text-scale';
import type { LoadedSession } from '../../auth/sessions';
import { responseSchemas } from '../../http/openapi-schema';
import { responseFor } from '../../http/response';

/** GET /api/auth/me: who is signed in, their committee, preferences and what their role may do. */
export function presentMe(session: LoadedSession) {
  const actor = session.actor;
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    committeeId: actor.committeeId,
    committeeName: session.committeeName,
    committeeLevel: session.committeeLevel,
    memberId: actor.memberId,
    handlingUnitId: actor.handlingUnitId,
    departmentId: actor.departmentId,
    mustChangePassword: session.mustChangePassword,
    textScale: session.textScale,
    // The cookie is httpOnly: after a reload the web app learns the CSRF token only here.
    csrfToken: session.csrfToken,
    abilities: abilitiesFor(actor, session),
  };
}

const flag = z.boolean();
const maybeId = z.number().nullable();

export const meSchema = responseFor<ReturnType<typeof presentMe>>()(
  z.object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    committeeId: z.number(),
    committeeName: z.string(),
    committeeLevel: z.string(),
    memberId: maybeId,
    handlingUnitId: maybeId,
    departmentId: maybeId,
    mustChangePassword: z.boolean(),
    textScale: z.literal(TEXT_SCALES),
    csrfToken: z.string(),
    abilities: z.object({
      manageOrg: flag,
      manageAccounts: flag,
      readAudit: flag,
      manageMembers: flag,
      readDirectory: flag,
      exportRoster: flag,
      browseOrg: flag,
      viewSensitive: flag,
      handleProposals: flag,
      reviewProposals: flag,
      compileProposals: flag,
      organiseMeetings: flag,
      superviseHandling: flag,
      leadKeyProposals: flag,
      handleOpinions: flag,
      signIssues: flag,
      keepDutyArchive: flag,
      viewCockpit: flag,
      fileOpinions: flag,
      organiseConsultation: flag,
    }),
  }),
);

/** The Fastify schema of GET /api/auth/me (declared without route(): it runs before a password change too). */
export const meRouteSchema = {
  summary: '当前用户与权限',
  tags: ['认证'],
  response: responseSchemas({ 200: meSchema }),
};

/** The Fastify schema of GET /api/auth/session: the same user, or `me: null` when signed out. */
export const sessionRouteSchema = {
  summary: '当前会话（未登录时 me 为 null）',
  tags: ['认证'],
  response: responseSchemas({ 200: z.object({ me: meSchema.nullable() }) }),
};
