import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Abilities } from '../../../domain/abilities';
import type { Role } from '../../../domain/roles';
import type { TextScale } from '../../../domain/text-scale';
import { api, setCsrfToken } from './client';

export interface Me {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  committeeId: number;
  committeeName: string;
  committeeLevel: string;
  memberId: number | null;
  handlingUnitId: number | null;
  /** The staff member's department (机关部门), the organiser their meetings default to. */
  departmentId: number | null;
  mustChangePassword: boolean;
  /** 长辈模式 step in percent (domain/text-scale.ts). */
  textScale: TextScale;
  csrfToken: string | null;
  abilities: Abilities;
}

/**
 * The signed-in user, or null when logged out: /api/auth/session answers both with 200, so a
 * signed-out page (login, public replies) logs no failed request in the console.
 */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      const { me } = await api.get<{ me: Me | null }>('/api/auth/session');
      setCsrfToken(me?.csrfToken ?? null);
      return me;
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
