import type { FastifyInstance } from 'fastify';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import { consultationPlans, consultationTopics, sensitiveWords } from '../../db/schema';

/** How the audit log names a topic (协商议题 …), a plan (协商计划 …) and a sensitive word. */
export function consultationPlanAuditTargets(app: FastifyInstance): void {
  registerAuditTarget(
    app,
    '/api/consultation-topics/:id',
    namedRow('协商议题', consultationTopics, consultationTopics.id, consultationTopics.title),
  );
  registerAuditTarget(
    app,
    '/api/consultation-plans/:id',
    namedRow('协商计划', consultationPlans, consultationPlans.id, consultationPlans.title),
  );
  registerAuditTarget(
    app,
    '/api/sensitive-words/:id',
    namedRow('敏感词', sensitiveWords, sensitiveWords.id, sensitiveWords.word),
  );
}
