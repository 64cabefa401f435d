import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../domain/roles';
import { api } from '../../api/client';

/** Counts for staff, leaders and the system administrator (their committee's subtree). */
export interface WorkSummary {
  kind: 'work';
  members: { active: number; left: number };
  bySector: { name: string; count: number }[];
  byPosition: { position: string; count: number }[];
  handlingUnits: number;
  leaders: number;
  specialCommittees: number;
  liaisonGroups: number;
  subCommittees: { id: number; name: string; level: string; members: number }[];
}

export interface MemberSummary {
  kind: 'member';
  profile: {
    name: string;
    position: string;
    status: string;
    sector: string;
    specialCommittee: string | null;
    liaisonGroup: string | null;
  } | null;
  counts: { activeMembers: number; sectors: number; specialCommittees: number; liaisonGroups: number };
}

export interface UnitSummary {
  kind: 'unit';
  unit: { id: number; name: string } | null;
}

export interface AccountsSummary {
  kind: 'accounts';
  total: number;
  byRole: { role: Role; label: string; count: number }[];
  disabled: number;
  locked: number;
  activeSessions: number;
}

export interface AuditSummary {
  kind: 'audit';
  entriesToday: number;
  entries7Days: number;
  failedLogins7Days: number;
}

/** GET /api/dashboard/summary: the caller's committee plus the figures of its role (`kind`). */
export type DashboardSummary = { committee: { id: number; name: string; level: string } } & (
  | WorkSummary
  | MemberSummary
  | UnitSummary
  | AccountsSummary
  | AuditSummary
);

export const dashboardSummaryQuery = queryOptions({
  queryKey: ['/api/dashboard/summary'],
  queryFn: () => api.get<DashboardSummary>('/api/dashboard/summary'),
});

export function useDashboardSummary() {
  return useQuery(dashboardSummaryQuery);
}
