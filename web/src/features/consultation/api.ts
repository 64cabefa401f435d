import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type TopicView = ApiResponse<'/api/consultation-topics/{id}'>;
export type TopicItem = ApiResponse<'/api/consultation-topics'>['items'][number];
export type PlanView = ApiResponse<'/api/consultation-plans/{id}'>;
export type PlanItem = ApiResponse<'/api/consultation-plans'>['items'][number];

export const topicKey = (id: number) => ['consultation-topic', id] as const;
export const planKey = (id: number) => ['consultation-plan', id] as const;

export function useTopic(id: number) {
  return useQuery({
    queryKey: topicKey(id),
    queryFn: () => api.get<TopicView>(`/api/consultation-topics/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: planKey(id),
    queryFn: () => api.get<PlanView>(`/api/consultation-plans/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Refreshes the lists, the to-dos and the bell after a step on a topic or the plan. */
export function useConsultationRefresh() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) => {
        const k = q.queryKey[0];
        return (
          (typeof k === 'string' && k.startsWith('/api/consultation')) ||
          k === 'todos' ||
          k === 'consultation-topic' ||
          k === 'consultation-plan'
        );
      },
    });
}

/**
 * A workflow step on the document on screen: sends the version shown (a change made meanwhile is
 * a 409, and the document is reloaded).
 */
export function useStep<V extends { id: number; version: number }>(kind: 'topics' | 'plans', doc: V) {
  const refresh = useConsultationRefresh();
  const qc = useQueryClient();
  const key = kind === 'topics' ? topicKey(doc.id) : planKey(doc.id);
  return async (path: string, body: Record<string, unknown> = {}) => {
    try {
      const next = await api.post<V>(`/api/consultation-${kind}/${doc.id}/${path}`, {
        expectedVersion: doc.version,
        ...body,
      });
      qc.setQueryData(key, next);
      void refresh();
      return next;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) void qc.invalidateQueries({ queryKey: key });
      throw e;
    }
  };
}
