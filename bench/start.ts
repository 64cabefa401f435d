/**
 * How long `npm start` takes until the app is healthy (GET /api/health answers 200), on existing
 * data: the embedded database by default, or `--url postgres://…`. Prints each run and the median:
 *   npx tsx bench/start.ts [--runs 5] [--data-dir /tmp/tongxin-bench-start] [--url postgres://…]
 * The first run on an empty data directory loads the demo committee and is not counted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'data-dir': { type: 'string', default: '/tmp/tongxin-bench-start' },
    url: { type: 'string' },
  },
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Ends the start's whole process group (npm → node → tsx → node), which this script created. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-(child.pid as number), 'SIGTERM');
  });
}

/** One `npm start`: milliseconds from spawn until /api/health answers 200. */
async function startOnce(): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: args['data-dir'],
    SEED_DEMO: 'auto',
  };
  if (args.url) env.DATABASE_URL = args.url;
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], { env, detached: true, stdio: 'ignore' });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await stop(child);
  }
}

if (!args.url && !existsSync(args['data-dir'] as string)) {
  console.log(`first start on ${args['data-dir']} (loads the demo committee, not counted)…`);
  console.log(`  ${(await startOnce()).toFixed(0)} ms`);
}
const times: number[] = [];
for (let i = 0; i < Number(args.runs); i++) {
  const ms = await startOnce();
  times.push(ms);
  console.log(`start ${i + 1}: ${ms.toFixed(0)} ms`);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, best ${sorted[0].toFixed(0)} ms`);
