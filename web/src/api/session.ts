import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from './client';
import type { ApiResponse } from './types';

/** The signed-in user, their committee, preferences and abilities (GET /api/auth/me, generated). */
export type Me = ApiResponse<'/api/auth/me'>;

/**
 * The signed-in user, or null when logged out: /api/auth/session answers both with 200, so a
 * signed-out page (login, public replies) logs no failed request in the console. index.html
 * preloads the request, so the answer is usually there before the scripts have run.
 */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    const { me } = await api.get<{ me: Me | null }>('/api/auth/session');
    setCsrfToken(me?.csrfToken ?? null);
    return me;
  },
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

export function useSessionActions() {
  const qc = useQueryClient();
  return {
    async login(username: string, password: string) {
      const res = await api.post<{ csrfToken: string; mustChangePassword: boolean }>('/api/auth/login', {
        username,
        password,
      });
      setCsrfToken(res.csrfToken);
      await qc.invalidateQueries({ queryKey: ['me'] });
      return res;
    },
    async logout() {
      await api.post('/api/auth/logout');
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(['me'], null);
    },
    refresh: () => qc.invalidateQueries({ queryKey: ['me'] }),
  };
}
