import { useQuery } from '@tanstack/react-query';
import { ApiError, api, type Page, toQuery } from '../api/client';

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

/** One line of a published plan (server/db/schema/consultation-plan.ts PlanSnapshot). */
export interface PublicPlanEntry {
  topicId: number;
  title: string;
  formLabel: string;
  leadName: string | null;
  organiser: string;
  plannedMonth: number;
  units: string[];
  sourceLabel: string;
}

/** The public consultation page: the newest published plan version and approved residents' topics. */
export interface PublicConsultation {
  committee: { id: number; name: string };
  plan: {
    year: number;
    revision: number;
    documentNumber: string;
    approvedOn: string;
    publishedAt: string;
    snapshot: {
      title: string;
      frequencyNote: string;
      targets: { form: string; formLabel: string; minimum: number }[];
      entries: PublicPlanEntry[];
    };
  } | null;
  topics: { id: number; title: string; description: string; createdAt: string }[];
}

export function usePublicConsultation(committeeId?: number) {
  return useQuery({
    queryKey: ['public', 'consultation', committeeId],
    queryFn: () => api.get<PublicConsultation>(`/api/public/consultation${toQuery({ committeeId })}`),
  });
}

/**
 * A resident's form sent from a public page. No cookie goes with it (`omit`): a visitor who is also
 * signed in to the platform would otherwise be asked for the session's CSRF token on a page that has
 * none. A refusal becomes an ApiError naming the field.
 */
export async function postPublic(
  url: string,
  body: unknown,
): Promise<{ received: boolean; message: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'error', e.message ?? `提交失败（${res.status}）`, e.field);
  }
  return data;
}
