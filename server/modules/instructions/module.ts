import type { FastifyInstance } from 'fastify';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import type { AppContext } from '../../context';
import { instructions } from '../../db/schema';
import { instructionRoutes } from './routes';

/** 批示 (DOMAIN.md §8) on every registered document kind. */
export async function instructionsModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerAuditTarget(
    app,
    '/api/instructions/:id',
    namedRow('批示', instructions, instructions.id, instructions.subjectTitle),
  );
  await instructionRoutes(app, ctx);
}
