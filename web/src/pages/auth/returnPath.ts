/** Where AppRoutes sent the user from, and whether a session had just ended. */
export interface LoginState {
  from?: string;
  expired?: boolean;
}

/** The page a signed-out user was sent away from (only paths inside the app), else the home page. */
export function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}
