import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { dutyArchiveRoutes } from './routes';
import { awardRoutes } from './routes-awards';
import { claimRoutes } from './routes-claims';
import { documentRoutes } from './routes-documents';

/** 履职档案 and 量化考评 (DOMAIN.md §7): the archive, scores, rules, claims and documents. */
export async function dutyArchiveModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await dutyArchiveRoutes(app, ctx);
  await claimRoutes(app, ctx);
  await documentRoutes(app, ctx);
  await awardRoutes(app, ctx);
}
