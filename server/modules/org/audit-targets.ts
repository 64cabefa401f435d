import type { FastifyInstance } from 'fastify';
import { ORG_RESOURCES } from '../../../domain/org-resources';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import { committees, sessions, terms } from '../../db/schema';
import { tableOf } from './catalogues';

/** How the audit log names an organisation record: 委员会, 届次, 会议 and every catalogue's row by its name. */
export function orgAuditTargets(app: FastifyInstance): void {
  registerAuditTarget(
    app,
    '/api/org/committees/:id',
    namedRow('委员会', committees, committees.id, committees.name),
  );
  registerAuditTarget(app, '/api/org/terms/:id', namedRow('届次', terms, terms.id, terms.name));
  registerAuditTarget(app, '/api/org/sessions/:id', namedRow('会议', sessions, sessions.id, sessions.name));
  for (const def of ORG_RESOURCES) {
    const table = tableOf(def);
    registerAuditTarget(app, `/api/org/${def.segment}/:id`, namedRow(def.label, table, table.id, table.name));
  }
}
