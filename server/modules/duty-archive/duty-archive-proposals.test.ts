import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test/app';
import { addDutyStaff, TEST_PASSWORD } from '../../test/factories';
import { reply } from '../proposals/test-handling';
import { draftBy, type ProposalWorld, proposalWorld, step, submittedProposal } from '../proposals/test-world';

/**
 * The archive's proposal items through the API: the lead member's key and excellent proposal, a
 * second proposal of theirs merged into it (counted once), a co-signer; then the member leaves and
 * the archive stays; the committee above reads it and cannot change it. Points are DOMAIN.md §7's
 * defaults (domain/duty-kinds): 立案 lead 10, co-signer 3, 重点 5, 优秀 10.
 */
let t: TestApp;
let pw: ProposalWorld;
let county: ProposalWorld;
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);

beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'dap');
  county = await proposalWorld(t, 'dapc', pw.w.committeeId);
  // P1: the lead member's, registered; P2, theirs on the same matter, merged into it (before P1 is
  // assigned); then P1 is assigned, made key (主席会议), answered and rated 优秀.
  const p1 = await submittedProposal(pw, true);
  const p2 = await draftBy(pw, pw.c.lead);
  await step(pw.c.lead, p2.id, 'submit');
  await step(pw.c.staff, p2.id, 'merge', { targetId: p1.id });
  await step(pw.c.staff, p1.id, 'assign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
  await step(pw.c.staff, p1.id, 'key/shortlist', {});
  await step(pw.c.staff, p1.id, 'key/select', { leaderId: pw.w.leaderId });
  await step(pw.c.unit, p1.id, 'accept');
  await reply(pw.c.unit, p1.id);
  await step(pw.c.staff, p1.id, 'excellent', { isExcellent: true });
  // P3: m2 leads, m3 co-signs, registered.
  const p3 = await draftBy(pw, pw.c.m2, { cosignerMemberIds: [pw.member3] });
  await step(pw.c.m2, p3.id, 'submit');
  await step(pw.c.m3, p3.id, 'cosign/confirm');
  await step(pw.c.staff, p3.id, 'register');
}, 120_000);
afterAll(() => t.close());

const proposalLines = async (memberId: number, client = pw.c.staff) => {
  const res = await client.get(`/api/duty-archive/members/${memberId}?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json()
    .lines.filter((l: { kind: string }) => l.kind.startsWith('proposal.'))
    .map((l: { kind: string; points: number }) => [l.kind, l.points])
    .sort();
};

describe('proposals in the archive', () => {
  it('credits the lead once for a proposal and the one merged into it, with 重点 and 优秀; the co-signer as such', async () => {
    expect(await proposalLines(pw.w.memberId)).toEqual([
      ['proposal.excellent', 10],
      ['proposal.key', 5],
      ['proposal.lead', 10],
    ]);
    expect(await proposalLines(pw.member2)).toEqual([['proposal.lead', 10]]);
    expect(await proposalLines(pw.member3)).toEqual([['proposal.coSigner', 3]]);
  });

  it('keeps the archive of a member who left during the year', async () => {
    const left = await pw.c.staff.post(`/api/members/${pw.member2}/leave`, {
      leftDate: `${year}-01-02`,
      leftReason: '工作调动',
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(await proposalLines(pw.member2)).toEqual([['proposal.lead', 10]]);
  });

  it('lets the committee above read a member’s archive, not enter items for them', async () => {
    const keeper = async (w: ProposalWorld) =>
      login(t.app, await addDutyStaff(t.ctx, w.w, '委员工作'), TEST_PASSWORD);
    const city = await keeper(pw);
    const own = await keeper(county);
    const countyMember = county.w.memberId;
    const read = await city.get(`/api/duty-archive/members/${countyMember}?year=${year}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().member.id).toBe(countyMember);
    const entry = {
      memberId: countyMember,
      kind: 'claim.visit',
      title: '走访辖区企业',
      occurredOn: `${year}-01-05`,
    };
    // The county's own keeper enters it; the city's may not, and nothing of theirs is written.
    expect((await city.post('/api/duty-archive/claims', entry)).statusCode).toBe(404);
    const entered = await own.post('/api/duty-archive/claims', entry);
    expect(entered.statusCode, entered.body).toBe(201);
    const claims = (await own.get('/api/duty-archive/claims')).json();
    expect(claims.total).toBe(1);
    // And the committee below reads nothing of the city's members.
    expect((await own.get(`/api/duty-archive/members/${pw.w.memberId}?year=${year}`)).statusCode).toBe(404);
  });
});
