import { openDatabase, ownsAuditLog } from './db/client';
import { loadEnv } from './env';
import { createFieldCipher, resolveFieldKey } from './lib/crypto';

/**
 * Reads the environment, opens and migrates the database, seeds the demo on first start, rebuilds
 * search vectors of an older segmenter, starts the scheduled jobs (server/jobs/index.ts), listens.
 * The app's modules load while the database opens (PGlite compiles its WebAssembly off the main
 * thread): half of a start on existing data.
 */
async function main() {
  const env = loadEnv();
  const opening = openDatabase(env);
  const [{ buildApp }, { JOBS }, { startJobs }, { rebuildSearchVectors }, { seedDemoIfEmpty }] =
    await Promise.all([
      import('./app'),
      import('./jobs'),
      import('./platform/jobs'),
      import('./modules/proposals/search-rebuild'),
      import('./seed/demo-if-empty'),
    ]);
  const handle = await opening;
  if (handle.kind === 'postgres' && (await ownsAuditLog(handle.db))) {
    console.warn(
      '警告：应用的数据库角色拥有 audit_log，可停用其保护触发器；请按 docs/OPERATIONS.md 分设角色',
    );
  }
  const cipher = createFieldCipher(resolveFieldKey(env.TONGXIN_SM4_KEY, env.DATA_DIR));
  const ctx = { handle, cipher, env };
  if (env.SEED_DEMO === 'auto') await seedDemoIfEmpty(ctx, console.log);
  const app = await buildApp(ctx, { logger: env.NODE_ENV !== 'test' });
  // A new segmenter's vectors are rebuilt while the app serves; searches meanwhile use the old ones.
  rebuildSearchVectors(handle.db, console.log).catch((err) => app.log.error(err, '重建检索索引失败'));
  const stopJobs = startJobs(ctx, JOBS, (err, message) => app.log.error(err, message));
  const stop = async () => {
    await stopJobs();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port: env.PORT, host: env.HOST });
  console.log(
    `同心 Tongxin 已启动: http://${env.HOST}:${env.PORT}  (数据库: ${handle.kind === 'pglite' ? `PGlite ${env.DATA_DIR}` : 'PostgreSQL'})`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
