import autocannon from 'autocannon';
import type pg from 'pg';

/** No scenario sends more than this many requests, whatever its duration. */
export const MAX_REQUESTS = 1_000_000;

export interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, timeouts and connection errors. */
  errors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : Number.NaN;

/**
 * One scenario: `connections` keep-alive connections to 127.0.0.1 for `duration` seconds, each
 * request's path from `path()`. Latencies are collected per response, so p95 is exact (autocannon
 * itself reports p90 and p97.5).
 */
export async function load(opts: {
  base: string;
  path: () => string;
  cookie: string | null;
  connections: number;
  duration: number;
}): Promise<Figures> {
  const times: number[] = [];
  let bad = 0;
  let finish: (r: autocannon.Result) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: opts.base,
      connections: opts.connections,
      duration: opts.duration,
      maxOverallRequests: MAX_REQUESTS,
      headers: opts.cookie ? { cookie: opts.cookie } : {},
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: opts.path() }) }],
    },
    (err, result) => (err ? fail(err) : finish(result)),
  );
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms);
    if (status < 200 || status >= 300) bad++;
  });
  const result = await done;
  times.sort((a, b) => a - b);
  return {
    rps: times.length / opts.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: bad + result.errors + result.timeouts,
  };
}

/** The statements that took the most time since the last reset, with their mean. */
export async function slowest(db: pg.Pool, n: number): Promise<string[]> {
  const { rows } = await db.query<{ calls: number; mean: number; query: string }>(
    `select calls::int, mean_exec_time as mean, query from pg_stat_statements
     where query not like '%pg_stat_statements%' order by total_exec_time desc limit $1`,
    [n],
  );
  return rows.map(
    (r) => `${r.mean.toFixed(2).padStart(8)} ms × ${r.calls}  ${r.query.replace(/\s+/g, ' ').slice(0, 150)}`,
  );
}
