import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import { useMessage } from '../../feedback/message';
import type { LeaveView, MeetingView } from './types';

export const meetingKey = (id: number) => ['meeting', id] as const;

/** One meeting as the caller sees it, with its sittings, the caller's invitation and abilities. */
export function useMeeting(id: number) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: () => api.get<MeetingView>(`/api/meetings/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useLeave(id: number) {
  return useQuery({
    queryKey: ['leave-request', id],
    queryFn: () => api.get<LeaveView>(`/api/leave-requests/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Refreshes every view a meeting step may change: the meeting, the lists, the to-dos and the bell. */
export function useMeetingRefresh() {
  const qc = useQueryClient();
  return (next?: MeetingView) => {
    if (next) qc.setQueryData(meetingKey(next.id), next);
    void qc.invalidateQueries({
      predicate: (q) => {
        const k = q.queryKey[0];
        return (
          (typeof k === 'string' && (k.startsWith('/api/meetings') || k.startsWith('/api/leave-requests'))) ||
          k === 'todos' ||
          k === 'notifications' ||
          k === 'leave-request' ||
          (k === 'meeting' && !next)
        );
      },
    });
  };
}

/**
 * A workflow step on the meeting on screen: sends the version shown (a change made meanwhile is
 * a 409, and the meeting is reloaded), stores the answer, and says so.
 */
export function useMeetingStep(m: MeetingView) {
  const refresh = useMeetingRefresh();
  const qc = useQueryClient();
  const message = useMessage();
  return async (path: string, body: Record<string, unknown> = {}, done?: string) => {
    try {
      const next = await api.post<MeetingView>(`/api/meetings/${m.id}/${path}`, {
        expectedVersion: m.version,
        ...body,
      });
      refresh(next);
      if (done) message.success(done);
      return next;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409)
        void qc.invalidateQueries({ queryKey: meetingKey(m.id) });
      throw e;
    }
  };
}

export const materialUrl = (meetingId: number, attachmentId: number) =>
  `/api/meetings/${meetingId}/materials/${attachmentId}`;
export const leaveFileUrl = (leaveId: number, attachmentId: number) =>
  `/api/leave-requests/${leaveId}/files/${attachmentId}`;
