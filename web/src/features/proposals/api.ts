import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError, api, type Page, toQuery } from '../../api/client';
import { useMessage } from '../../feedback/message';
import type { ProposalConfig, ProposalView } from './types';

export const proposalKey = (id: number) => ['proposal', id] as const;

/** One proposal as the caller sees it, with its timeline, handling rows and the caller's abilities. */
export function useProposal(id: number) {
  return useQuery({
    queryKey: proposalKey(id),
    queryFn: () => api.get<ProposalView>(`/api/proposals/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** The committee's categories, rejection grounds, deadlines and reply levels. */
export function useProposalConfig() {
  return useQuery({
    queryKey: ['proposal-config'],
    queryFn: () => api.get<ProposalConfig>('/api/proposals/config'),
    staleTime: 5 * 60_000,
  });
}

export interface SessionOption {
  id: number;
  name: string;
  year: number;
}

/**
 * A committee's plenary sessions, newest first (a draft belongs to the latest by default): the
 * caller's own, or those of a committee below that a list is looking at.
 */
export function useSessions(committeeId?: number) {
  return useQuery({
    queryKey: ['session-options', committeeId ?? null],
    queryFn: async () =>
      (await api.get<Page<SessionOption>>(`/api/org/sessions${toQuery({ pageSize: 100, committeeId })}`))
        .items,
    staleTime: 5 * 60_000,
  });
}

/** Every list that may show a proposal (lists, inbox, key proposals), so a step refreshes them all. */
export function refreshProposalLists(qc: QueryClient) {
  return qc.invalidateQueries({
    predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('/api/proposals'),
  });
}

/** Puts the server's answer to a step in the cache and refreshes the lists and the bell. */
export function useProposalUpdate() {
  const qc = useQueryClient();
  return (next: ProposalView) => {
    qc.setQueryData(proposalKey(next.id), next);
    void refreshProposalLists(qc);
    void qc.invalidateQueries({ queryKey: ['notifications'] });
  };
}

/** A step's answer when it took the proposal out of the caller's sight. */
interface StepGone {
  id: number;
  readable: false;
}

/**
 * Runs one workflow step on the proposal on screen: sends the version the screen shows (a step
 * taken meanwhile by someone else is a 409), stores the answer, and on a 409 reloads the
 * proposal so the screen shows where it stands now. Errors are re-thrown for the form to show.
 */
export function useProposalStep(p: ProposalView) {
  const qc = useQueryClient();
  const update = useProposalUpdate();
  const navigate = useNavigate();
  const message = useMessage();
  return async (path: string, body: Record<string, unknown> = {}, done?: string) => {
    try {
      const next = await api.post<ProposalView | StepGone>(`/api/proposals/${p.id}/${path}`, {
        expectedVersion: p.version,
        ...body,
      });
      if ('readable' in next) {
        // 退回修改: the proposal is the proposer's draft again, out of the caller's sight.
        qc.removeQueries({ queryKey: proposalKey(p.id) });
        void refreshProposalLists(qc);
        if (done) message.success(done);
        navigate('/proposals/review');
        return p;
      }
      update(next);
      if (done) message.success(done);
      return next;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        void qc.invalidateQueries({ queryKey: proposalKey(p.id) });
      }
      throw e;
    }
  };
}

/** A step without a form (签收, 开始审查 …): the server's refusal becomes a toast. */
export function useSimpleStep(p: ProposalView) {
  const step = useProposalStep(p);
  const message = useMessage();
  return async (path: string, done: string, body: Record<string, unknown> = {}) => {
    try {
      await step(path, body, done);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
}

/** A file of a proposal for a link (the browser downloads it with the session cookie). */
export const attachmentUrl = (proposalId: number, attachmentId: number) =>
  `/api/proposals/${proposalId}/attachments/${attachmentId}`;
export const replyFileUrl = (proposalId: number, replyId: number) =>
  `/api/proposals/${proposalId}/replies/${replyId}/file`;
