import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, proposalAssignments } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import type { Client, TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import { assignedProposal, reply, signedProposal } from '../proposals/test-handling';
import { draftBy, type ProposalWorld, proposalWorld, step, submittedProposal } from '../proposals/test-world';

let t: TestApp;
let pw: ProposalWorld;
let city: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  city = await proposalWorld(t, 'tc');
  pw = await proposalWorld(t, 'td', city.w.committeeId);
});
afterAll(() => t.close());

type Todo = { key: string; label: string; count: number; link: string; urgent: boolean };
const todos = async (c: Client): Promise<Todo[]> => {
  const res = await c.get('/api/todos');
  expect(res.statusCode, res.body).toBe(200);
  // Missing minimum duties are asked of every member in the year's last months (duty-archive tests).
  return res.json().items.filter((x: Todo) => x.key !== 'duty.minimums');
};
const counts = async (c: Client) => Object.fromEntries((await todos(c)).map((x) => [x.key, x.count]));
const daysAgo = (n: number) => shanghaiDate(new Date(Date.now() - n * 86_400_000));

describe('the to-do centre', () => {
  it('starts empty for everyone', async () => {
    for (const c of Object.values(pw.c)) expect(await todos(c)).toEqual([]);
  });

  it('counts what each role owes, and each count is the length of the list its link opens', async () => {
    await draftBy(pw, pw.c.lead); // a draft not yet submitted
    await submittedProposal(pw); // 待审查
    await submittedProposal(pw, true); // 待交办
    const cosign = await draftBy(pw, pw.c.lead, { cosignerMemberIds: [pw.member2] });
    await step(pw.c.lead, cosign.id, 'submit'); // m2's 联名邀请
    const overdue = await assignedProposal(pw); // the unit signs nothing yet
    await t.ctx.handle.db
      .update(proposalAssignments)
      .set({ dueDate: daysAgo(3) })
      .where(eq(proposalAssignments.proposalId, overdue.id));
    const replied = await signedProposal(pw);
    await reply(pw.c.unit, replied.id, { publishable: 'true' });
    await signedProposal(pw); // signed for, the reply still owed

    expect(await counts(pw.c.staff)).toEqual({
      'proposal.overdue': 1,
      'proposal.toReview': 1,
      'proposal.toAssign': 1,
      'proposal.publication': 1,
    });
    expect(await counts(pw.c.lead)).toEqual({ 'proposal.toRate': 1, 'proposal.drafts': 1 });
    expect(await counts(pw.c.m2)).toEqual({ 'proposal.cosign': 1 });
    expect(await counts(pw.c.unit)).toEqual({
      'proposal.unitOverdue': 1,
      'proposal.toAccept': 1,
      'proposal.inHandling': 1,
    });
    // Urgent work first.
    expect((await todos(pw.c.staff))[0]).toMatchObject({ key: 'proposal.overdue', urgent: true });

    // The lists behind the links hold exactly the counted items.
    const list = async (c: Client, query: string) => (await c.get(`/api/proposals?${query}`)).json().total;
    expect(await list(pw.c.lead, 'view=mine&toRate=true')).toBe(1);
    expect(await list(pw.c.lead, 'view=mine&status=draft')).toBe(1);
    expect(await list(pw.c.staff, 'publicationPending=true')).toBe(1);
    const inbox = async (c: Client, query: string) =>
      (await c.get(`/api/proposals/assignments?${query}`)).json().total;
    expect(await inbox(pw.c.unit, 'accepted=false')).toBe(1);
    expect(await inbox(pw.c.unit, 'overdue=true')).toBe(1);
    expect(await inbox(pw.c.unit, 'accepted=true&pending=true&overdue=false')).toBe(1);
    expect(await inbox(pw.c.staff, 'overdue=true')).toBe(1);
  });

  it('drops an item once the work is done', async () => {
    const [rated] = (await pw.c.lead.get('/api/proposals?view=mine&toRate=true')).json().items;
    const p = (await pw.c.lead.get(`/api/proposals/${rated.id}`)).json();
    await step(pw.c.lead, p.id, 'ratings', {
      replyId: p.handling.replies[0].id,
      overall: 'satisfied',
      attitude: 'satisfied',
      contact: 'satisfied',
      result: 'satisfied',
    });
    expect((await counts(pw.c.lead))['proposal.toRate']).toBeUndefined();
  });

  it('gives a unit its assignments due within the committee’s reminder period, with the cut-off in the link', async () => {
    const soon = await assignedProposal(pw);
    await step(pw.c.unit, soon.id, 'accept');
    await t.ctx.handle.db
      .update(proposalAssignments)
      .set({ dueDate: shanghaiDate() })
      .where(eq(proposalAssignments.proposalId, soon.id));
    const due = (await todos(pw.c.unit)).find((x) => x.key === 'proposal.dueSoon')!;
    expect(due.count).toBe(1);
    expect(due.link).toMatch(/^\/proposals\/inbox\?which=dueSoon&dueBy=\d{4}-\d{2}-\d{2}$/);
  });

  it('gives staff the extension requests to decide and a leader the key proposals they lead', async () => {
    const p = await signedProposal(pw);
    const due = p.assignments[0].dueDate as string;
    const later = shanghaiDate(new Date(Date.parse(due) + 7 * 86_400_000));
    await step(pw.c.unit, p.id, 'extension', { requestedDueDate: later, reason: '需跨部门统筹' });
    expect((await counts(pw.c.staff))['proposal.extensions']).toBe(1);
    await step(pw.c.staff, p.id, 'key/shortlist');
    await step(pw.c.staff, p.id, 'key/select', { leaderId: pw.w.leaderId });
    expect(await todos(pw.c.leader)).toEqual([
      {
        key: 'proposal.led',
        label: '领衔督办的重点提案',
        count: 1,
        link: '/proposals/key?led=true',
        urgent: false,
      },
    ]);
  });

  it('gives a 主席 of the roster the key proposals they lead, in the list its link opens', async () => {
    await t.ctx.handle.db.update(members).set({ position: '主席' }).where(eq(members.id, pw.member3));
    expect((await counts(pw.c.m3))['proposal.chairLed']).toBeUndefined();
    const p = await assignedProposal(pw);
    await step(pw.c.staff, p.id, 'key/shortlist');
    await step(pw.c.staff, p.id, 'key/select', { chairId: pw.member3 });
    const led = (await todos(pw.c.m3)).find((x) => x.key === 'proposal.chairLed');
    expect(led).toEqual({
      key: 'proposal.chairLed',
      label: '领衔督办的重点提案',
      count: 1,
      link: '/proposals/key',
      urgent: false,
    });
    const list = (await pw.c.m3.get('/api/proposals/key-proposals')).json();
    expect(list.items.map((k: { proposalId: number }) => k.proposalId)).toEqual([p.id]);
    // Another member leads nothing.
    expect((await counts(pw.c.m2))['proposal.chairLed']).toBeUndefined();
  });

  it('never counts a lower committee’s work for a higher committee, which only reads it', async () => {
    expect(await todos(city.c.staff)).toEqual([]);
  });
});
