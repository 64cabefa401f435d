import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from '../api/session';
import { pageAt } from '../layout/pageMeta';

/**
 * Asks for the session and then the first page's data (its `prefetch` in the registry) as soon as
 * the app's script runs: on a phone React's first render of the shell and page takes a few hundred
 * milliseconds, and the page's queries would otherwise start only after it. The queries are the
 * page's own (same keys), so the page finds them answered or under way; nothing is shown here.
 */
export function prefetchFirstPage(qc: QueryClient, pathname: string): void {
  qc.fetchQuery(meQuery).then(
    (me) => {
      if (me && !me.mustChangePassword) pageAt(pathname, me)?.prefetch?.(qc);
    },
    // The session's failure is the app's to show: useMe reads the same query.
    () => undefined,
  );
}
