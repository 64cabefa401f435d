import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { authRoutes } from './auth/routes';
import { orgRoutes } from './org/routes';

/** Every module's routes, in one list. */
export async function registerModules(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await authRoutes(app, ctx);
  await orgRoutes(app, ctx);
}
