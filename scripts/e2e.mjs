// npm run test:e2e: the browser specs against the real server. Builds the web bundle, starts one
// server (scripts/start.mjs) per Playwright worker, each on a free port with a fresh data directory
// and its own demo committee (the first server seeds it, the others start from a copy), waits for
// their /api/health, runs Playwright in Debian's Chromium, and stops the servers by their PIDs, also
// when a spec fails or the run is interrupted.
// Extra arguments go to `playwright test`.
//
// Workers: E2E_WORKERS, else 1 (npm test sets 2); never more than the spec files named on the
// command line (one file needs one server).
//
// `node scripts/e2e.mjs --seed-only DIR` only seeds: one server starts on DIR/data, loads the demo
// committee and stops cleanly. With E2E_DEMO_DATA=DIR every server then starts from a copy of it
// (npm test seeds in the background while the checks before the browser specs run).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServerIfNeeded } from './build-server-if-needed.mjs';
import { buildWebIfNeeded } from './build-web-if-needed.mjs';
import { npmStartArgs } from './npm-start-args.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A fixed field key, so a failing run can be reproduced against the same ciphertexts. */
const E2E_SM4_KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const HEALTH_TIMEOUT_MS = 180_000;

/** A port nobody listens on right now (the kernel picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the server with its output in a log file (printed only if something goes wrong). */
function startServer(port, workDir) {
  const logFile = join(workDir, 'server.log');
  const log = openSync(logFile, 'a');
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(workDir, 'data'),
    TONGXIN_SM4_KEY: E2E_SM4_KEY,
    SEED_DEMO: 'auto',
    // Specs sign in often, several times as the same account; the limit itself is an API test.
    LOGIN_RATE_LIMIT: '1000',
  };
  delete env.DATABASE_URL;
  // As `npm start` runs it: the server bundle (rebuilt when stale) under Node's own loader.
  const child = spawn(process.execPath, npmStartArgs(), {
    cwd: root,
    env,
    stdio: ['ignore', log, log],
  });
  return { child, logFile };
}

/** Polls /api/health until it answers {"status":"ok"}; fails early if the server exits. */
async function waitForHealth(baseUrl, child) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok && (await res.json()).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000}s`);
}

/** SIGTERM to the server's PID (it closes the database cleanly), SIGKILL if it hangs. */
async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** How many workers (and servers): E2E_WORKERS, else 1, capped by the spec files named. */
function workerCount(args) {
  const files = args.filter((a) => /\.spec\.ts(:\d+)*$/.test(a)).length;
  const wanted = Number(process.env.E2E_WORKERS) || 1;
  return Math.max(1, files > 0 ? Math.min(wanted, files) : wanted);
}

function runPlaywright(baseUrls, args) {
  return new Promise((resolve) => {
    const cli = join(root, 'node_modules/@playwright/test/cli.js');
    const pw = spawn(process.execPath, [cli, 'test', '-c', 'e2e/playwright.config.ts', ...args], {
      cwd: root,
      env: { ...process.env, E2E_BASE_URLS: baseUrls.join(',') },
      stdio: 'inherit',
    });
    pw.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function printLogTail(logFile) {
  const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n');
  console.error(`\n--- last lines of the server log (${logFile}) ---\n${lines.slice(-40).join('\n')}\n---`);
}

async function main() {
  const deps = spawnSync('bash', [join(root, 'scripts/ensure-system-deps.sh'), 'chromium', 'fonts'], {
    stdio: 'inherit',
  });
  if (deps.status !== 0) return 1;
  buildWebIfNeeded();
  // Here, once: the servers started next would otherwise each rebuild a stale bundle, side by side.
  await buildServerIfNeeded();

  const args = process.argv.slice(2);
  if (args[0] === '--seed-only') return seedOnly(args[1]);
  const seeded = process.env.E2E_DEMO_DATA;
  const servers = [];
  for (let i = 0; i < workerCount(args); i++) {
    const workDir = mkdtempSync(join(tmpdir(), 'tongxin-e2e-'));
    const port = await freePort();
    servers.push({ workDir, port, baseUrl: `http://127.0.0.1:${port}`, child: null, logFile: null });
  }
  const start = (s) => Object.assign(s, startServer(s.port, s.workDir));
  const stopAll = () => Promise.all(servers.filter((s) => s.child).map((s) => stopServer(s.child)));
  const stop = async () => {
    await stopAll();
    for (const s of servers) rmSync(s.workDir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let code = 1;
  try {
    const started = Date.now();
    const ready = async (s) => {
      await waitForHealth(s.baseUrl, s.child);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`Server ready at ${s.baseUrl} in ${seconds}s (PID ${s.child.pid}, data in ${s.workDir})`);
    };
    // The first server loads the demo committee; the others start from a copy of its data directory,
    // taken while it is stopped (a clean close), instead of each running the seed again. A seeded
    // directory given in E2E_DEMO_DATA is copied for all of them.
    const [first, ...others] = servers;
    if (!seeded) await ready(start(first));
    if (seeded || others.length > 0) {
      if (!seeded) await stopServer(first.child);
      const source = seeded ?? first.workDir;
      for (const s of seeded ? servers : others)
        cpSync(join(source, 'data'), join(s.workDir, 'data'), { recursive: true });
      await Promise.all(servers.map((s) => ready(start(s))));
    }
    code = await runPlaywright(
      servers.map((s) => s.baseUrl),
      args,
    );
  } catch (err) {
    console.error(`e2e: ${err instanceof Error ? err.message : err}`);
  } finally {
    await stopAll();
  }
  // The databases go either way; a failed run keeps the server logs next to where they were.
  for (const { workDir, logFile } of servers) {
    rmSync(code === 0 ? workDir : join(workDir, 'data'), { recursive: true, force: true });
    if (code !== 0 && logFile) printLogTail(logFile);
  }
  return code;
}

/** Seeds the demo committee into `dir`/data with one server, stopped cleanly once it is healthy. */
async function seedOnly(dir) {
  if (!dir) throw new Error('--seed-only needs a directory');
  const port = await freePort();
  const server = { workDir: dir, ...startServer(port, dir) };
  const stop = async () => {
    await stopServer(server.child);
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const started = Date.now();
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, server.child);
    console.log(`Demo seeded in ${((Date.now() - started) / 1000).toFixed(1)}s (data in ${dir})`);
    return 0;
  } catch (err) {
    console.error(`e2e --seed-only: ${err instanceof Error ? err.message : err}`);
    printLogTail(server.logFile);
    return 1;
  } finally {
    await stopServer(server.child);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
