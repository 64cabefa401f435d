import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /**
   * PostgreSQL only: a role that owns the schema, used at start-up to migrate and to grant the
   * DATABASE_URL role what it needs, never UPDATE or DELETE on the audit log (docs/OPERATIONS.md).
   */
  DATABASE_OWNER_URL: z.string().url().optional(),
  /** 32 hex chars (128-bit SM4 key); generated into DATA_DIR on first start when absent. */
  TONGXIN_SM4_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{32}$/, 'TONGXIN_SM4_KEY must be 32 hex characters')
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  /** Requests per minute and IP to the public (no login) pages' API. */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  /** Submissions one address may send from the public page per hour, per form (社会征题, 网络议政 posts). */
  TOPIC_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  SEED_DEMO: z
    .enum(['auto', 'never'])
    .default('auto')
    .describe('auto: load the demo committee when the database is empty'),
  NODE_ENV: z.string().default('development'),
  /** The OpenAPI description at /api/docs/json; default on, off in production. */
  API_DOCS: z.enum(['on', 'off']).optional(),
  /**
   * fatal … trace or silent. At info (the default) the log has the start, warnings (slow requests,
   * audit checkpoints) and errors; one line per request is debug.
   */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Tests only: a migrated template (PGlite dump file or PostgreSQL database name). */
  TONGXIN_TEST_TEMPLATE: z.string().optional(),
});

/** Every variable the app reads, for the README's table (checked by server/readme.test.ts). */
export const ENV_VARIABLES = Object.keys(envSchema.shape);

export type Env = Omit<z.infer<typeof envSchema>, 'API_DOCS'> & { API_DOCS: 'on' | 'off' };

/** Which vitest worker runs this file ('0' outside vitest): test apps keep their data apart by it. */
export const testWorkerId = (): string => process.env.VITEST_POOL_ID ?? '0';

/** The only reader of process.env: validates once and fails fast with a readable message. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return { ...env, API_DOCS: env.API_DOCS ?? (env.NODE_ENV === 'production' ? 'off' : 'on') };
}
