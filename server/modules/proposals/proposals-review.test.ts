import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals, users } from '../../db/schema';
import { subjectEvents } from '../../platform/events';
import { createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import { draftBy, type ProposalWorld, proposalWorld, step, submittedProposal } from './test-world';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'r');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const config = async () => (await pw.c.staff.get('/api/proposals/config')).json();

describe('registration', () => {
  it('numbers registrations per session, gap-free even when ten arrive at once', async () => {
    // A fresh session so the numbers start at 1 whatever other tests registered.
    const other = await proposalWorld(t, 'rn');
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) {
      const p = await draftBy(other, other.c.lead, { title: `关于第${i + 1}件事的提案` });
      await step(other.c.lead, p.id, 'submit');
      ids.push(p.id);
    }
    const results = await Promise.all(
      ids.map((id) => other.c.staff.post(`/api/proposals/${id}/register`, {})),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    const numbers = results.map((r) => r.json().number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const labels = results.map((r) => r.json().numberLabel);
    expect(labels).toContain('第0001号');
    expect(labels).toContain('第0010号');
  });

  it('notifies the proposer with the number', async () => {
    const p = await submittedProposal(pw, true);
    expect(p).toMatchObject({ status: 'registered', statusLabel: '已立案' });
    const notes = await pw.c.lead.get('/api/notifications?unread=true');
    const mine = notes.json().items.find((n: { link: string }) => n.link === `/proposals/${p.id}`);
    expect(mine).toMatchObject({ kind: 'proposal.register', body: `立案编号：${p.numberLabel}` });
  });

  it('refuses the step to anyone but the committee staff', async () => {
    const p = await submittedProposal(pw);
    const asMember = await pw.c.lead.post(`/api/proposals/${p.id}/register`, {});
    expect(asMember.statusCode).toBe(403);
    const parentStaff = await proposalWorld(t, 'rp');
    const child = await proposalWorld(t, 'rc', parentStaff.w.committeeId);
    const q = await submittedProposal(child);
    const read = await parentStaff.c.staff.get(`/api/proposals/${q.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.register).toBe(false);
    const write = await parentStaff.c.staff.post(`/api/proposals/${q.id}/register`, {});
    expect(write.statusCode).toBe(403);
    expect((await child.c.staff.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
  });
});

describe('review outcomes', () => {
  it('rejects with a ground from the configured list', async () => {
    const p = await submittedProposal(pw);
    const reasons = (await config()).rejectReasons;
    expect(reasons.map((r: { text: string }) => r.text)).toContain('涉及党和国家秘密的');
    const bad = await pw.c.staff.post(`/api/proposals/${p.id}/reject`, { reasonId: 999999 });
    expect(bad.json().error).toMatchObject({ field: 'reasonId', message: '不予立案理由：不存在或已停用' });
    const missing = await pw.c.staff.post(`/api/proposals/${p.id}/reject`, {});
    expect(missing.json().error.message).toMatch(/^不予立案理由：/);
    const r = await step(pw.c.staff, p.id, 'reject', { reasonId: reasons[5].id, note: '请补充具体措施' });
    expect(r).toMatchObject({ status: 'rejected', rejectReason: reasons[5].text });
    const again = await pw.c.staff.post(`/api/proposals/${p.id}/register`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该提案当前状态为不予立案，不能执行立案');
  });

  it('converts to a suggestion, and sends back for revision', async () => {
    const p = await submittedProposal(pw);
    expect(await step(pw.c.staff, p.id, 'convert', { note: '转社情民意信息' })).toMatchObject({
      status: 'converted',
      statusLabel: '已转意见建议',
    });
    const q = await submittedProposal(pw);
    const noNote = await pw.c.staff.post(`/api/proposals/${q.id}/send-back`, {});
    expect(noNote.json().error.message).toMatch(/^备注：/);
    const back = await step(pw.c.staff, q.id, 'send-back', { note: '建议部分过于笼统' });
    // The draft is the proposer's again: the office's answer says only that it left its sight.
    expect(back).toEqual({ id: q.id, readable: false, status: 'draft', version: back.version });
    const asLead = await pw.c.lead.get(`/api/proposals/${q.id}`);
    expect(asLead.json().abilities).toMatchObject({
      edit: true,
      submit: true,
      delete: false,
      withdraw: true,
    });
    for (const c of [pw.c.staff, pw.c.leader, pw.c.m2]) {
      expect((await c.get(`/api/proposals/${q.id}`)).statusCode).toBe(404);
      const all = (await c.get('/api/proposals?view=all&pageSize=100')).json();
      expect(all.items.map((i: { id: number }) => i.id)).not.toContain(q.id);
    }
    const counted = (await pw.c.staff.get('/api/proposals?view=all&status=draft')).json();
    expect(counted.total).toBe(0);
  });
});

describe('merge', () => {
  it('merges into a registered proposal, shows the proposers on the host, and undoes it', async () => {
    const host = await submittedProposal(pw, true);
    const joint = await draftBy(pw, pw.c.m2, { cosignerMemberIds: [pw.member3] });
    await step(pw.c.m2, joint.id, 'submit');
    await step(pw.c.m3, joint.id, 'cosign/confirm');
    await step(pw.c.staff, joint.id, 'start-review');

    const merged = await step(pw.c.staff, joint.id, 'merge', { targetId: host.id, note: '内容相近' });
    expect(merged).toMatchObject({
      status: 'merged',
      mergedInto: { id: host.id, numberLabel: host.numberLabel },
    });
    const hostView = await pw.c.staff.get(`/api/proposals/${host.id}`);
    expect(hostView.json().mergedProposals).toMatchObject([
      { id: joint.id, signers: [{ memberId: pw.member2 }, { memberId: pw.member3 }] },
    ]);
    expect(hostView.json().timeline.at(-1)).toMatchObject({ action: 'mergeIn', actionLabel: '并入提案' });
    // The merged proposers follow the host.
    expect((await pw.c.m3.get(`/api/proposals/${host.id}`)).statusCode).toBe(200);

    const undone = await step(pw.c.staff, joint.id, 'unmerge');
    expect(undone).toMatchObject({ status: 'reviewing', mergedInto: null });
    const trace = await subjectEvents(db(), 'proposal', joint.id);
    expect(trace.map((e) => e.action).slice(-2)).toEqual(['merge', 'unmerge']);
  });

  it('refuses to merge into an unregistered proposal or to undo after the host is assigned', async () => {
    const host = await submittedProposal(pw);
    const p = await submittedProposal(pw);
    const res = await pw.c.staff.post(`/api/proposals/${p.id}/merge`, { targetId: host.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('只能并入已立案且尚未交办的提案');
    const self = await pw.c.staff.post(`/api/proposals/${p.id}/merge`, { targetId: p.id });
    expect(self.json().error.field).toBe('targetId');

    const registered = await submittedProposal(pw, true);
    await step(pw.c.staff, p.id, 'merge', { targetId: registered.id });
    await step(pw.c.staff, registered.id, 'assign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
    const late = await pw.c.staff.post(`/api/proposals/${p.id}/unmerge`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('主提案已交办，不能撤销并案');
  });
});

describe('concurrency', () => {
  it('lets exactly one of two concurrent steps win; the other gets 409 in Chinese', async () => {
    const p = await submittedProposal(pw);
    const reasons = (await config()).rejectReasons;
    const second = await login(t.app, pw.w.users.staff, TEST_PASSWORD);
    const [a, b] = await Promise.all([
      pw.c.staff.post(`/api/proposals/${p.id}/register`, { expectedStatus: 'reviewing' }),
      second.post(`/api/proposals/${p.id}/reject`, { expectedStatus: 'reviewing', reasonId: reasons[0].id }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toMatch(/^该提案当前状态为(已立案|不予立案)/);
    const events = await subjectEvents(db(), 'proposal', p.id);
    expect(events.filter((e) => e.action === 'register' || e.action === 'reject')).toHaveLength(1);
  });

  it('detects a stale screen by version', async () => {
    const p = await submittedProposal(pw);
    const res = await pw.c.staff.post(`/api/proposals/${p.id}/register`, { expectedVersion: p.version - 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('该提案已被他人修改，请刷新后重试');
    const [row] = await db().select().from(proposals).where(eq(proposals.id, p.id));
    expect(row.status).toBe('reviewing');
  });

  it('answers 400 naming the field for a malformed expected status', async () => {
    const p = await submittedProposal(pw);
    const res = await pw.c.staff.post(`/api/proposals/${p.id}/register`, { expectedStatus: 'nonsense' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('expectedStatus');
    const [u] = await db().select().from(users).where(eq(users.username, pw.w.users.staff));
    expect(u.role).toBe('staff');
  });
});

describe('review queue', () => {
  it('lists what awaits review in the order it was submitted, not the order it was drafted', async () => {
    const [a, b, c] = [
      await draftBy(pw, pw.c.lead),
      await draftBy(pw, pw.c.lead),
      await draftBy(pw, pw.c.lead),
    ];
    for (const p of [c, a, b]) await step(pw.c.lead, p.id, 'submit');
    const queue = (await pw.c.staff.get('/api/proposals?view=to-review&pageSize=100')).json();
    const ours = queue.items
      .map((i: { id: number }) => i.id)
      .filter((id: number) => [a.id, b.id, c.id].includes(id));
    expect(ours).toEqual([c.id, a.id, b.id]);
  });
});

describe('a city reading a district', () => {
  it('names each row’s committee and filters on one committee of its scope, in the list and the export', async () => {
    const city = await proposalWorld(t, 'rq');
    const district = await proposalWorld(t, 'rd', city.w.committeeId);
    const theirs = await submittedProposal(district, true);
    const ours = await submittedProposal(city, true);
    const ids = async (query: string) =>
      (await city.c.staff.get(`/api/proposals?view=all&pageSize=100&${query}`)).json().items;
    const all = await ids('');
    expect(all.find((i: { id: number }) => i.id === theirs.id)).toMatchObject({ committeeName: 'rd政协' });
    expect(all.find((i: { id: number }) => i.id === ours.id)).toMatchObject({ committeeName: 'rq政协' });
    const onlyDistrict = await ids(`committeeId=${district.w.committeeId}`);
    expect(onlyDistrict.map((i: { id: number }) => i.id)).toEqual([theirs.id]);
    // A committee outside the scope finds nothing rather than leaking.
    expect(await ids(`committeeId=${pw.w.committeeId}`)).toEqual([]);
    const sheet = await city.c.staff.get(`/api/proposals/export?committeeId=${district.w.committeeId}`);
    expect(sheet.statusCode).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as never);
    const rows = book.worksheets[0].getSheetValues() as unknown[][];
    const col = rows[1].indexOf('委员会');
    expect(col).toBeGreaterThan(0);
    expect(rows[2]?.[col]).toBe('rd政协');
    expect(rows).toHaveLength(3);
  });
});
