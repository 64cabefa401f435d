/**
 * The people of a plenary morning, each an async loop over HTTP with think time: members sign in,
 * open their home, check in to the sitting with the hall screen's code and read; the office runs the
 * hall screen and watches the roll; handling units work their inbox. Every request's latency and
 * status is recorded under its kind.
 */

export interface Sample {
  kind: string;
  ms: number;
  ok: boolean;
}

export interface Plenary {
  base: string;
  meetingId: number;
  sittingId: number;
  /** The hall screen's current check-in code (the office's screen refreshes it). */
  token: string;
  /** Until when (performance.now()) the users keep working. */
  until: number;
  samples: Sample[];
  /** Requests refused or failed, by kind and status, for the report. */
  failures: Map<string, number>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** 1–3 s between two clicks, as a person reads. */
const think = () => sleep(1000 + Math.random() * 2000);

/** A signed-in browser: its session cookie and CSRF token. */
class Session {
  private cookie = '';
  private csrf = '';
  constructor(private readonly p: Plenary) {}

  /** One request; the answer's text when it succeeded, else null (counted as a failure). */
  async call(kind: string, method: string, path: string, body?: object): Promise<string | null> {
    const started = performance.now();
    const headers: Record<string, string> = { cookie: this.cookie };
    if (body) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let status: number | string = 'network error';
    let text: string | null = null;
    try {
      const res = await fetch(`${this.p.base}${path}`, {
        method,
        headers,
        body: body && JSON.stringify(body),
      });
      status = res.status;
      // The whole answer is part of the wait, as it is for a browser.
      const answer = await res.text();
      if (res.ok) text = answer;
    } catch {
      // counted below
    }
    this.p.samples.push({ kind, ms: performance.now() - started, ok: text !== null });
    if (text === null) {
      const key = `${kind} ${status}`;
      this.p.failures.set(key, (this.p.failures.get(key) ?? 0) + 1);
    }
    return text;
  }

  async signIn(username: string, password: string): Promise<boolean> {
    const started = performance.now();
    const res = await fetch(`${this.p.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }).catch(() => null);
    const body = res?.ok ? ((await res.json()) as { csrfToken: string }) : null;
    this.p.samples.push({ kind: 'sign in', ms: performance.now() - started, ok: body !== null });
    if (!res || !body) {
      const key = `sign in ${res?.status ?? 'network error'}`;
      this.p.failures.set(key, (this.p.failures.get(key) ?? 0) + 1);
      return false;
    }
    this.cookie = (res.headers.getSetCookie().find((c) => c.startsWith('tx_session=')) ?? '').split(';')[0];
    this.csrf = body.csrfToken;
    return true;
  }
}

const running = (p: Plenary) => performance.now() < p.until;

/** The home page as the browser loads it: who am I, the figures, the to-dos, the bell. */
async function home(s: Session) {
  await Promise.all([
    s.call('home', 'GET', '/api/auth/me'),
    s.call('home', 'GET', '/api/dashboard/summary'),
    s.call('to-dos', 'GET', '/api/todos'),
    s.call('home', 'GET', '/api/notifications?page=1&pageSize=6'),
  ]);
}

/**
 * A member: signs in, opens the home page, checks in (when `checksIn`: one session per member does),
 * then reads until the morning is over.
 */
export async function member(p: Plenary, username: string, password: string, checksIn: boolean) {
  const s = new Session(p);
  if (!(await s.signIn(username, password))) return;
  await home(s);
  await think();
  if (checksIn && running(p)) {
    await s.call('check in', 'POST', '/api/meetings/checkin', { sittingId: p.sittingId, token: p.token });
  }
  const reads: [string, string][] = [
    ['meeting detail', `/api/meetings/${p.meetingId}`],
    ['to-dos', '/api/todos'],
    ['proposals list', '/api/proposals?view=mine&page=1&pageSize=20'],
    ['my meetings', '/api/meetings?view=mine&page=1&pageSize=20'],
  ];
  while (running(p)) {
    await think();
    if (!running(p)) break;
    const [kind, path] = reads[Math.floor(Math.random() * reads.length)];
    if (kind === 'to-dos') await home(s);
    else await s.call(kind, 'GET', path);
  }
}

/** The office's hall screen: the sitting's rotating check-in code, fetched every 5 s. */
export async function hallScreen(p: Plenary, username: string, password: string) {
  const s = new Session(p);
  if (!(await s.signIn(username, password))) return;
  while (running(p)) {
    const text = await s.call('hall screen', 'GET', `/api/meetings/sittings/${p.sittingId}/checkin-token`);
    if (text) p.token = (JSON.parse(text) as { token: string }).token;
    await sleep(5000);
  }
}

/**
 * A member of the office at work: the meetings office (`meetings`) watches the roll fill, its meeting
 * list and leave requests; the proposals office its proposal lists.
 */
export async function staff(p: Plenary, username: string, password: string, meetings: boolean) {
  const s = new Session(p);
  if (!(await s.signIn(username, password))) return;
  const reads: [string, string][] = meetings
    ? [
        ['staff: invitees', `/api/meetings/${p.meetingId}/invitees?page=1&pageSize=20&state=pending`],
        ['staff: meetings', '/api/meetings?page=1&pageSize=20'],
        ['staff: leave requests', '/api/leave-requests?page=1&pageSize=20'],
        ['to-dos', '/api/todos'],
      ]
    : [
        ['staff: proposals', '/api/proposals?view=all&page=1&pageSize=20'],
        ['staff: proposals', '/api/proposals?view=all&page=2&pageSize=20'],
        ['to-dos', '/api/todos'],
      ];
  while (running(p)) {
    await think();
    const [kind, path] = reads[Math.floor(Math.random() * reads.length)];
    await s.call(kind, 'GET', path);
  }
}

/** A handling unit working its inbox. */
export async function unit(p: Plenary, username: string, password: string) {
  const s = new Session(p);
  if (!(await s.signIn(username, password))) return;
  const reads: [string, string][] = [
    ['unit: inbox', '/api/proposals/assignments?page=1&pageSize=20'],
    ['to-dos', '/api/todos'],
    ['unit: proposals', '/api/proposals?view=all&page=1&pageSize=20'],
  ];
  while (running(p)) {
    await think();
    const [kind, path] = reads[Math.floor(Math.random() * reads.length)];
    await s.call(kind, 'GET', path);
  }
}
