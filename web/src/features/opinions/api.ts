import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import { useMessage } from '../../feedback/message';

/** One document of 社情民意 or 批示 by its API path ('/api/opinion-reports/12'). */
export function useDoc<T>(url: string, enabled = true) {
  return useQuery({ queryKey: ['doc', url], queryFn: () => api.get<T>(url), enabled });
}

/** Lists, to-dos, the bell and other documents may all change after a step: they are reloaded. */
export function useOpinionRefresh() {
  const qc = useQueryClient();
  return (url?: string, next?: unknown) => {
    if (url && next) qc.setQueryData(['doc', url], next);
    void qc.invalidateQueries({
      predicate: (q) => {
        const k = q.queryKey[0];
        if (k === 'doc') return q.queryKey[1] !== url;
        return (
          k === 'todos' ||
          k === 'notifications' ||
          (typeof k === 'string' &&
            /^\/api\/(opinion-reports|opinion-items|bulletin-issues|instructions|opinion-stats|consultations|consultation-)/.test(
              k,
            ))
        );
      },
    });
  };
}

/**
 * A workflow step on the document on screen (`url` its API path): sends the version shown (a
 * change made meanwhile is a 409 and the document is reloaded), stores the answer, and says so.
 */
export function useDocStep<T extends { version: number }>(url: string, doc: T | undefined) {
  const refresh = useOpinionRefresh();
  const qc = useQueryClient();
  const message = useMessage();
  return async (step: string, body: Record<string, unknown> = {}, done?: string) => {
    try {
      const next = await api.post<T>(`${url}/${step}`, { expectedVersion: doc?.version, ...body });
      refresh(url, next);
      if (done) message.success(done);
      return next;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) void qc.invalidateQueries({ queryKey: ['doc', url] });
      throw e;
    }
  };
}
