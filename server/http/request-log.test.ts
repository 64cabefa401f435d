import { expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadEnv } from '../env';
import { createFieldCipher } from '../lib/crypto';
import { TEST_KEY } from '../test/app';
import { createTestDatabase } from '../test/db';

/** The log lines an app writes at a LOG_LEVEL while it answers a few requests. */
async function linesAt(level: string): Promise<{ msg: string; level: number }[]> {
  const lines: string[] = [];
  const handle = await createTestDatabase();
  const env = loadEnv({ NODE_ENV: 'test', DATA_DIR: '.tmp/test-data', LOG_LEVEL: level });
  const app = await buildApp(
    { handle, cipher: createFieldCipher(TEST_KEY), env },
    { logger: true, logStream: { write: (l) => lines.push(l) } },
  );
  try {
    for (let i = 0; i < 3; i++) expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/nowhere' })).statusCode).toBe(404);
  } finally {
    await app.close();
    await handle.close();
  }
  return lines.map((l) => JSON.parse(l));
}

it('logs no line per request at info (the default), one per request at debug', async () => {
  expect(await linesAt('info')).toEqual([]);
  const debug = await linesAt('debug');
  expect(debug.filter((l) => l.msg === 'request')).toHaveLength(4);
  expect(debug.every((l) => l.level <= 20)).toBe(true);
});
