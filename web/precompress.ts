import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text assets worth compressing; images and fonts are compressed formats already. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;
/** Below this a compressed copy saves less than its response headers cost. */
const MIN_BYTES = 1024;

/**
 * Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every hashed asset at
 * build time, so the server sends them as they are (@fastify/static `preCompressed`, chosen by
 * the request's Accept-Encoding) instead of compressing on every request or not at all.
 * A copy that would not be smaller is not written; the server then sends the file itself.
 */
export function precompress(assetsDir = 'assets'): Plugin {
  let outDir = '';
  return {
    name: 'tongxin-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    async closeBundle() {
      const dir = join(outDir, assetsDir);
      const files = (await readdir(dir)).filter((f) => COMPRESSIBLE.test(f));
      await Promise.all(
        files.map(async (f) => {
          const body = await readFile(join(dir, f));
          if (body.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
            gzipAsync(body, { level: 9 }),
          ]);
          if (br.length < body.length) await writeFile(join(dir, `${f}.br`), br);
          if (gz.length < body.length) await writeFile(join(dir, `${f}.gz`), gz);
        }),
      );
    },
  };
}
