import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LEAVE_WORKFLOW, MEETING_WORKFLOW } from '../../../domain/meeting-workflow';
import { createTestApp, type TestApp } from '../../test/app';
import { leavePageSchema, leaveViewSchema, meetingPageSchema, meetingViewSchema } from './response-schemas';
import { askLeave, type MeetingWorld, meetingBy, meetingWorld } from './test-meetings';

let t: TestApp;
let mw: MeetingWorld;
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'mc');
});
afterAll(() => t.close());

async function answer<S extends z.ZodType>(res: Promise<{ statusCode: number; body: string }>, schema: S) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(200);
  return schema.parse(JSON.parse(r.body)) as z.output<S>;
}

describe('the meetings API answers what its response schemas say, with the fields the web reads', () => {
  it('a meeting as its organiser and as an invitee, the lists and a leave request', async () => {
    const published = meetingViewSchema.parse(await meetingBy(mw));
    expect(published).toMatchObject({ status: 'published', ended: false, sessionName: null });
    expect(published.inviteRule).not.toBeNull();
    expect(published.sittings).toHaveLength(1);
    expect(published.sittings[0].figures).toMatchObject({ expected: 6, attended: 0 });
    expect(published.timeline.map((e) => e.action)).toEqual(['create', 'publish']);
    expect(Object.keys(published.abilities).sort()).toEqual(
      [...MEETING_WORKFLOW.actions, 'confirm', 'requestLeave', 'checkIn', 'manage', 'viewAttendance'].sort(),
    );

    const asked = await askLeave(mw.c.m1, published.id, { category: 'personal', reason: '家中有事' });
    expect(asked.statusCode, asked.body).toBe(201);
    const created = z
      .object({ leaveRequest: leaveViewSchema, meeting: meetingViewSchema })
      .parse(asked.json());
    expect(created.leaveRequest).toMatchObject({ status: 'submitted', files: [] });
    expect(created.leaveRequest.abilities).toMatchObject({ withdraw: true, approve: false });
    const mine = await answer(mw.c.m1.get(`/api/meetings/${published.id}`), meetingViewSchema);
    expect(mine.inviteRule).toBeNull();
    expect(mine.timeline).toEqual([]);
    expect(mine.invitation).toMatchObject({ role: 'attendee', leave: { status: 'submitted', late: false } });
    expect(mine.abilities).toMatchObject({ requestLeave: false, checkIn: true, manage: false });

    const list = await answer(mw.c.organiser.get('/api/meetings'), meetingPageSchema);
    expect(list.items.find((m) => m.id === published.id)).toMatchObject({ attendees: 6, leavePending: 1 });
    const myList = await answer(mw.c.m1.get('/api/meetings?view=mine'), meetingPageSchema);
    expect(myList.items.find((m) => m.id === published.id)).toMatchObject({ myLeave: 'submitted' });
    const leaves = await answer(mw.c.organiser.get('/api/leave-requests'), leavePageSchema);
    expect(leaves.items[0]).toMatchObject({
      meetingId: published.id,
      category: 'personal',
      reason: '家中有事',
    });
    const leave = await answer(
      mw.c.organiser.get(`/api/leave-requests/${leaves.items[0].id}`),
      leaveViewSchema,
    );
    expect(Object.keys(leave.abilities).sort()).toEqual([...LEAVE_WORKFLOW.actions].sort());
    const withdrawn = await answer(
      mw.c.m1.post(`/api/leave-requests/${leave.id}/withdraw`, { expectedVersion: leave.version }),
      leaveViewSchema,
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回' });
  });
});
