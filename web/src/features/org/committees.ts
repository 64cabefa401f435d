import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';

/** A committee of the caller's subtree as GET /api/org/committees presents it. */
export interface CommitteeItem {
  id: number;
  parentId: number | null;
  name: string;
  level: string;
  levelLabel: string;
  region: string | null;
  path: string;
  memberCount: number;
  abilities: { update: boolean };
}

export const COMMITTEES_URL = '/api/org/committees';

/**
 * The caller's committee and every committee below it, in tree order (the server returns the
 * whole subtree in one page). Shared by the committee tree and the committee switchers.
 */
export function useCommittees(enabled = true) {
  return useQuery({
    queryKey: [COMMITTEES_URL, 'all'],
    queryFn: () => api.get<Page<CommitteeItem>>(`${COMMITTEES_URL}?pageSize=1000`),
    enabled,
    staleTime: 60_000,
  });
}

/** Depth below the caller's own committee, from the materialised path ('/1/5/' is one deeper than '/1/'). */
export function depthBelow(path: string, rootPath: string): number {
  return path.slice(rootPath.length).split('/').filter(Boolean).length;
}
