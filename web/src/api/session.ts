import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client';
import type { ApiResponse } from './types';

/** The signed-in user, their committee, preferences and abilities (GET /api/auth/me, generated). */
export type Me = ApiResponse<'/api/auth/me'>;

/** The signed-in user, or null when logged out (401). */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await api.get<Me>('/api/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
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
