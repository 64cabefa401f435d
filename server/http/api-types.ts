import { fileURLToPath } from 'node:url';
import { buildApp } from '../app';
import { openPglite } from '../db/client';
import { loadEnv } from '../env';
import { createFieldCipher } from '../lib/crypto';

/** The committed types the web reads its API through (npm run api:types writes them). */
export const API_TYPES_FILE = fileURLToPath(new URL('../../web/src/api/schema.d.ts', import.meta.url));

/**
 * The OpenAPI document of the whole app, built in process on an empty in-memory database: route
 * registration reads no rows, so no server and no migrated database are needed.
 */
export async function openApiDocument(): Promise<object> {
  const handle = await openPglite({});
  const env = loadEnv({ NODE_ENV: 'test', API_DOCS: 'on', DATA_DIR: '.tmp/api-types' });
  const app = await buildApp({ handle, cipher: createFieldCipher('0'.repeat(32)), env });
  try {
    await app.ready();
    return app.swagger() as object;
  } finally {
    await app.close();
    await handle.close();
  }
}
