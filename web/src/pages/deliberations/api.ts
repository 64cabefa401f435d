import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type DeliberationView = ApiResponse<'/api/deliberations/{id}'>;
export type DeliberationItem = ApiResponse<'/api/deliberations'>['items'][number];
export type PostPage = ApiResponse<'/api/deliberations/{id}/posts'>;
export type PostItem = PostPage['items'][number];

export const deliberationKey = (id: number) => ['deliberation', id] as const;

export function useDeliberation(id: number) {
  return useQuery({
    queryKey: deliberationKey(id),
    queryFn: () => api.get<DeliberationView>(`/api/deliberations/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** A topic's posts: what everyone sees, or (organisers) one state such as the moderation queue. */
export function usePosts(id: number, filter: { status?: string; groupId?: number; pageSize?: number }) {
  return useQuery({
    queryKey: ['deliberation-posts', id, filter],
    queryFn: () =>
      api.get<PostPage>(`/api/deliberations/${id}/posts${toQuery({ pageSize: 100, ...filter })}`),
    enabled: id > 0,
  });
}

/** Refreshes the topic, its posts and the lists after a change. */
export function useHallRefresh() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) => {
        const k = q.queryKey[0];
        return (
          k === 'deliberation' ||
          k === 'deliberation-posts' ||
          (typeof k === 'string' && k.startsWith('/api/deliberations'))
        );
      },
    });
}
