import type { FastifyInstance } from 'fastify';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import { opinionItems, opinionReports } from '../../db/schema';

/** How the audit log names a report (社情民意信息 …) and an item (信息编辑稿 …). */
export function opinionAuditTargets(app: FastifyInstance): void {
  registerAuditTarget(
    app,
    '/api/opinion-reports/:id',
    namedRow('社情民意信息', opinionReports, opinionReports.id, opinionReports.title),
  );
  registerAuditTarget(
    app,
    '/api/opinion-items/:id',
    namedRow('信息编辑稿', opinionItems, opinionItems.id, opinionItems.title),
  );
}
