import type { FastifyInstance } from 'fastify';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import type { AppContext } from '../../context';
import { consultationSuggestions, consultations } from '../../db/schema';
import { feedbackFileRoutes } from './feedback-files';
import { publicOutcomeRoutes } from './public';
import { consultationRoutes } from './routes';
import { suggestionRoutes } from './routes-suggestions';

/** 协商活动 and 意见建议 (DOMAIN.md §4): activities of every form, the suggestion loop, the public outcomes. */
export async function consultationActivitiesModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerAuditTarget(
    app,
    '/api/consultations/:id',
    namedRow('协商活动', consultations, consultations.id, consultations.topic),
  );
  registerAuditTarget(
    app,
    '/api/consultation-suggestions/:id',
    namedRow('意见建议', consultationSuggestions, consultationSuggestions.id, consultationSuggestions.text),
  );
  await consultationRoutes(app, ctx);
  await suggestionRoutes(app, ctx);
  await feedbackFileRoutes(app, ctx);
  await publicOutcomeRoutes(app, ctx);
}
