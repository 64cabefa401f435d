import { useQuery } from '@tanstack/react-query';
import { api, type Page, toQuery } from '../api/client';

/** A committee in the public selector. */
export interface PublicCommittee {
  id: number;
  name: string;
  level: string;
  levelLabel: string;
}

/** A published proposal as the public list shows it (server/modules/public/present.ts). */
export interface PublicProposal {
  id: number;
  numberLabel: string | null;
  title: string;
  sessionName: string;
  year: number;
  categoryName: string | null;
  proposerNames: string[];
  units: { name: string; modeLabel: string }[];
  replyCategories: { code: string; label: string }[];
  publishedAt: string | null;
}

export interface PublicReply {
  id: number;
  unitName: string;
  category: string;
  categoryLabel: string;
  bodyHtml: string;
  publishedAt: string | null;
}

export interface PublicProposalDetail extends PublicProposal {
  committeeName: string | null;
  /** The proposal's three parts, sanitised and stripped of contact data by the server. */
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
  replies: PublicReply[];
}

export interface PublicPage extends Page<PublicProposal> {
  committee: { id: number; name: string };
  sessions: { id: number; name: string; year: number }[];
}

export interface PublicFilter {
  committeeId?: number;
  sessionId?: number;
  q?: string;
  page: number;
  pageSize: number;
}

export function usePublicCommittees() {
  return useQuery({
    queryKey: ['public', 'committees'],
    queryFn: () => api.get<{ defaultId: number | null; items: PublicCommittee[] }>('/api/public/committees'),
    staleTime: 5 * 60_000,
  });
}

export function usePublicProposals(filter: PublicFilter) {
  return useQuery({
    queryKey: ['public', 'proposals', filter],
    queryFn: () => api.get<PublicPage>(`/api/public/proposals${toQuery({ ...filter })}`),
  });
}

export function usePublicProposal(id: number) {
  return useQuery({
    queryKey: ['public', 'proposal', id],
    queryFn: () => api.get<PublicProposalDetail>(`/api/public/proposals/${id}`),
  });
}
