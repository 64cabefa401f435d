import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, toQuery } from '../../api/client';

/** One in-app notification (server/modules/notifications): what happened and where to look. */
export interface Notification {
  id: number;
  kind: string;
  title: string;
  body: string | null;
  /** An app path such as /proposals/12. */
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export type NotificationPage = Page<Notification> & { unread: number };

/** How often the bell asks for news: a step by someone else shows within a minute. */
const POLL_MS = 60_000;

/** The latest few notifications and the unread count, refreshed in the background. */
export function useLatestNotifications(count = 6) {
  return useQuery({
    queryKey: ['notifications', 'latest', count],
    queryFn: () => api.get<NotificationPage>(`/api/notifications${toQuery({ page: 1, pageSize: count })}`),
    refetchInterval: POLL_MS,
  });
}

/** Marking read: one notification or all; every view of the notifications is refreshed. */
export function useNotificationActions() {
  const qc = useQueryClient();
  const refresh = () =>
    qc.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'notifications' || q.queryKey[0] === '/api/notifications',
    });
  return {
    async markRead(id: number) {
      await api.post(`/api/notifications/${id}/read`);
      await refresh();
    },
    async markAllRead() {
      const res = await api.post<{ updated: number }>('/api/notifications/read-all');
      await refresh();
      return res.updated;
    },
  };
}
