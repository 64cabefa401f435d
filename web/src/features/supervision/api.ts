import { api } from '../../api/client';
import { useMessage } from '../../feedback/message';
import { useOpinionRefresh } from '../opinions/api';

/**
 * A write under a supervision group's or an inspection's URL: its answer is the new page, put in
 * the cache so the page shows it at once; lists and to-dos reload. (These records carry no
 * workflow version: visits, suggestions and the report are additions, not state changes.)
 */
export function useRecordStep<T>(url: string) {
  const refresh = useOpinionRefresh();
  const message = useMessage();
  return async (
    path: string,
    body: Record<string, unknown>,
    done?: string,
    method: 'post' | 'put' = 'post',
  ) => {
    const next = await (method === 'put'
      ? api.put<T>(`${url}/${path}`, body)
      : api.post<T>(`${url}/${path}`, body));
    refresh(url, next);
    if (done) message.success(done);
    return next;
  };
}
