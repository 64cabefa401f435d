import type { FastifyInstance } from 'fastify';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import type { AppContext } from '../../context';
import { inspections, memberAppointments, supervisionGroups } from '../../db/schema';
import { jointSupervisionRoutes } from './joint-routes';
import { mySupervisionRoutes } from './mine';
import { supervisionRoutes } from './routes';

/** 民主监督 and 视察 / 调研 (DOMAIN.md §5); their suggestions travel the consultation suggestion loop. */
export async function supervisionModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerAuditTarget(
    app,
    '/api/supervision-groups/:id',
    namedRow('民主监督', supervisionGroups, supervisionGroups.id, supervisionGroups.name),
  );
  registerAuditTarget(
    app,
    '/api/inspections/:id',
    namedRow('视察调研', inspections, inspections.id, inspections.topic),
  );
  registerAuditTarget(
    app,
    '/api/member-appointments/:id',
    namedRow('委员受聘', memberAppointments, memberAppointments.id, memberAppointments.body),
  );
  await supervisionRoutes(app, ctx);
  await jointSupervisionRoutes(app, ctx);
  await mySupervisionRoutes(app, ctx);
}
