import { useQuery } from '@tanstack/react-query';
import { api, type Page, toQuery } from '../../api/client';

/** A 届次 as GET /api/org/terms presents it. */
export interface TermItem {
  id: number;
  committeeId: number;
  ordinal: number;
  name: string;
  startDate: string;
  endDate: string;
  /** Today (Beijing time) falls within the term. */
  current: boolean;
  abilities: { update: boolean };
}

/** A plenary session (次会议) as GET /api/org/sessions presents it. */
export interface SessionItem {
  id: number;
  committeeId: number;
  termId: number;
  termName: string;
  ordinal: number;
  year: number;
  name: string;
  openingDate: string | null;
  abilities: { update: boolean };
}

export const TERMS_URL = '/api/org/terms';
export const SESSIONS_URL = '/api/org/sessions';

/** Every term of a committee (a committee has a handful), for pickers and filters. */
export function useTerms(committeeId: number | undefined) {
  return useQuery({
    queryKey: [TERMS_URL, 'all', committeeId],
    queryFn: () => api.get<Page<TermItem>>(`${TERMS_URL}${toQuery({ committeeId, pageSize: 100 })}`),
  });
}
