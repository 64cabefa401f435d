// Bundles the server (server/main.ts and everything it imports from server/ and domain/) into a few
// ES modules under dist/server when they are missing or older than their sources. Loading them
// takes a tenth of the time tsx takes to compile and resolve ~300 modules one by one on every
// start; the packages stay in node_modules, imported as they are.
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from './stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist/server');
/** The entry, written with its chunks by a successful build (the directory is emptied first). */
export const serverBundle = join(outdir, 'main.mjs');
const inputs = ['server', 'domain', 'tsconfig.json', 'scripts/build-server-if-needed.mjs'].map((p) =>
  join(root, p),
);

/**
 * A module that finds files beside itself (`new URL('./migrations', import.meta.url)`) keeps finding
 * them from inside the bundle: its import.meta.url becomes its own source's address, relative to
 * the bundle, so the checkout may move.
 */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(outdir, args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/** Bundles the server when needed; throws when the build fails. */
export async function buildServerIfNeeded() {
  const reason = staleReason(serverBundle, inputs, 'dist/server');
  if (!reason) return;
  console.log(`Bundling the server (${reason})…`);
  // Loaded only to build: a start with a current bundle does not import esbuild.
  const { build } = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'server/main.ts')],
    outdir,
    // main.ts imports the app while the database opens (PGlite compiles its WebAssembly off the
    // main thread): its dynamic imports stay chunks of their own, beside the entry (import.meta.url).
    splitting: true,
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Names as in the source (errors, logs), though two modules' top-level names may collide.
    keepNames: true,
    sourcemap: true,
    logLevel: 'warning',
    plugins: [ownUrl],
  });
}
