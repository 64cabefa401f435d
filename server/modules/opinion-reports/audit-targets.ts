import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type IssueKind, issueTitle } from '../../../domain/bulletin-issues';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import { bulletinIssues, opinionInformants, opinionItems, opinionReports } from '../../db/schema';

/**
 * How the audit log names a report (社情民意信息 …) an item (信息编辑稿 …), an issue (《社情民意》2026年第3期)
 * and an informant (社情民意信息员 …).
 */
export function opinionAuditTargets(app: FastifyInstance): void {
  registerAuditTarget(
    app,
    '/api/opinion-informants/:id',
    namedRow('社情民意信息员', opinionInformants, opinionInformants.id, opinionInformants.name),
  );
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
  registerAuditTarget(app, '/api/bulletin-issues/:id', async (db, value) => {
    const [i] = await db
      .select()
      .from(bulletinIssues)
      .where(eq(bulletinIssues.id, Number(value)));
    return i ? issueTitle(i.kind as IssueKind, i.year, i.number) : null;
  });
}
