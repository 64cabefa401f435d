import pg from 'pg';

/** How often the listening connection proves it is alive, and how long it may take to answer. */
const PROBE_EVERY_MS = 30_000;
const PROBE_TIMEOUT_MS = 5_000;
const MAX_RETRY_MS = 30_000;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). A lost
 * connection is reported (`onState(false)`) and retried with back-off; a connection that died
 * silently (no TCP reset) is found by a `select 1` every 30 s that must answer within 5 s.
 */
export async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onState: (up: boolean) => void,
  name?: string,
): Promise<() => Promise<void>> {
  let current: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = 500;

  const lost = (client: pg.Client) => {
    if (current === client) {
      current = null;
      onState(false);
    }
    client.removeAllListeners();
    client.on('error', () => {});
    client.end().catch(() => {});
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay).unref();
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  };

  const connect = async () => {
    const client = new pg.Client({ connectionString: url, keepAlive: true, application_name: name });
    client.on('notification', (m) => {
      if (m.channel === channel) onMessage(m.payload ?? '');
    });
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch {
      lost(client);
      return;
    }
    if (stopped) return void client.end().catch(() => {});
    current = client;
    delay = 500;
    onState(true);
  };

  const probe = setInterval(() => {
    const client = current;
    if (!client) return;
    const timeout = new Promise((_, reject) => setTimeout(reject, PROBE_TIMEOUT_MS).unref());
    Promise.race([client.query('select 1'), timeout]).catch(() => lost(client));
  }, PROBE_EVERY_MS).unref();

  await connect();
  return async () => {
    stopped = true;
    clearInterval(probe);
    clearTimeout(retry);
    const client = current;
    current = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  };
}
