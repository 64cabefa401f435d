import type { AppContext } from '../context';

export async function seedDemoIfEmpty(_ctx: AppContext, _log: (s: string) => void): Promise<void> {}
