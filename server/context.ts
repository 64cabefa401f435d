import type { DbHandle } from './db/client';
import type { Env } from './env';
import type { FieldCipher } from './lib/crypto';

/** What every route and command gets: the database, the field cipher and the settings. */
export interface AppContext {
  handle: DbHandle;
  cipher: FieldCipher;
  env: Env;
}
