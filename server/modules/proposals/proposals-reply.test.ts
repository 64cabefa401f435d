import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalRatings, proposalReplies, proposals } from '../../db/schema';
import { addWorkingDays, shanghaiDate } from '../../lib/working-days';
import { subjectEvents } from '../../platform/events';
import { createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import {
  assignedProposal,
  LETTER_PDF,
  notesAbout,
  postReply,
  rate,
  reply,
  signedProposal,
} from './test-handling';
import { draftBy, type ProposalWorld, proposalWorld, step, submittedProposal } from './test-world';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'y');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const view = async (id: number) => (await pw.c.staff.get(`/api/proposals/${id}`)).json();

describe('reply, rating and implementation', () => {
  it('asks for the rating within the committee’s window of the reply, across holidays, and flags it once late', async () => {
    const window = { days: 10 };
    const { settings } = (await pw.c.staff.get('/api/proposals/config')).json();
    const saved = await pw.c.staff.put('/api/proposals/config/settings', {
      ...settings,
      ratingWindowWorkingDays: window.days,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const p = await assignedProposal(pw);
    await step(pw.c.unit, p.id, 'accept');
    const fresh = (await reply(pw.c.unit, p.id, { category: 'A' })).handling.replies[0];
    expect(fresh).toMatchObject({
      ratingDueOn: addWorkingDays(shanghaiDate(), window.days),
      ratingOverdue: false,
    });
    // Replied on Friday 25 September 2026, before the National Day holiday: the window runs past it.
    await t.ctx.handle.db
      .update(proposalReplies)
      .set({ repliedAt: new Date('2026-09-25T02:00:00Z') })
      .where(eq(proposalReplies.id, fresh.id));
    const late = (await pw.c.lead.get(`/api/proposals/${p.id}`)).json().handling.replies[0];
    expect(late.ratingDueOn).toBe(addWorkingDays('2026-09-25', window.days));
    expect(late.ratingDueOn > '2026-10-09').toBe(true); // 10 weekdays would end on 9 October
    expect(late.ratingOverdue).toBe(true);
    const rated = await rate(pw.c.lead, p.id, fresh.id, 'satisfied');
    expect(rated.json().handling.replies[0]).toMatchObject({ ratingDueOn: null, ratingOverdue: false });
  });

  it('runs from handling to a reply, a satisfied rating, 落实 reports and the staff’s mark', async () => {
    const p = await assignedProposal(pw);
    await step(pw.c.unit, p.id, 'accept');
    const replied = await reply(pw.c.unit, p.id, { category: 'B' });
    expect(replied).toMatchObject({ status: 'replied', statusLabel: '已答复' });
    const [letter] = replied.handling.replies;
    expect(letter).toMatchObject({
      round: 1,
      category: 'B',
      categoryLabel: '所提问题正在解决或列入计划解决',
      signedBy: '张局长',
      publicState: 'pending',
      file: { fileName: '答复函.pdf' },
    });
    const file = await pw.c.lead.get(`/api/proposals/${p.id}/replies/${letter.id}/file`);
    expect(file.rawPayload.equals(LETTER_PDF)).toBe(true);
    expect((await notesAbout(pw.c.lead, p.id))[0]).toMatchObject({
      kind: 'proposal.reply',
      body: '答复类别：B（所提问题正在解决或列入计划解决），申请公开',
    });

    const asLead = (await pw.c.lead.get(`/api/proposals/${p.id}`)).json();
    expect(asLead.abilities).toMatchObject({ rate: true, rateDissatisfied: true });
    expect(asLead.handling.ratableReplyIds).toEqual([letter.id]);
    const rated = await rate(pw.c.lead, p.id, letter.id, 'satisfied', '办理认真');
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ status: 'rated', abilities: { rate: false } });
    expect(rated.json().handling.replies[0].ratings).toMatchObject([
      { overallLabel: '满意', comment: '办理认真' },
    ]);
    const twice = await rate(pw.c.lead, p.id, letter.id, 'satisfied');
    expect(twice.statusCode).toBe(409);
    expect((await notesAbout(pw.c.unit, p.id))[0]).toMatchObject({ kind: 'proposal.rate' });

    await step(pw.c.unit, p.id, 'implementations', { body: '护学岗已覆盖全区 12 所小学' });
    const reported = await step(pw.c.unit, p.id, 'implementations', { body: '减速带已完成招标' });
    expect(reported.handling.implementations.map((i: { body: string }) => i.body)).toEqual([
      '护学岗已覆盖全区 12 所小学',
      '减速带已完成招标',
    ]);
    const byMember = await pw.c.lead.post(`/api/proposals/${p.id}/implementation-mark`, { mark: 'done' });
    expect(byMember.statusCode).toBe(403);
    const bad = await pw.c.staff.post(`/api/proposals/${p.id}/implementation-mark`, { mark: 'finished' });
    expect(bad.json().error).toMatchObject({ field: 'mark' });
    expect(bad.json().error.message).toMatch(/^落实情况：/);
    const marked = await step(pw.c.staff, p.id, 'implementation-mark', { mark: 'partial' });
    expect(marked).toMatchObject({ status: 'concluded', handling: { implementationMarkLabel: '部分落实' } });
    expect((await notesAbout(pw.c.lead, p.id))[0]).toMatchObject({
      kind: 'proposal.markImplementation',
      body: '认定为部分落实',
    });
    const [row] = await db().select().from(proposals).where(eq(proposals.id, p.id));
    expect(row).toMatchObject({ status: 'concluded', implementationMark: 'partial' });
  });

  it('serves the uploaded letter file under the one rule of the Word letter', async () => {
    const p = await assignedProposal(pw, 'leadCo');
    await step(pw.c.unit, p.id, 'accept');
    const [letter] = (await reply(pw.c.unit, p.id)).handling.replies;
    const file = `/api/proposals/${p.id}/replies/${letter.id}/file`;
    const docx = `/api/proposals/${p.id}/reply.docx?replyId=${letter.id}`;
    // The proposer, the office and the unit that wrote it; not the 会办 unit, not a leader.
    const expected = { lead: 200, staff: 200, unit: 200, unit2: 404, leader: 403 } as const;
    for (const [who, status] of Object.entries(expected)) {
      const c = pw.c[who as keyof typeof expected];
      expect([who, (await c.get(file)).statusCode]).toEqual([who, status]);
      expect([who, (await c.get(docx)).statusCode]).toEqual([who, status]);
    }
  });

  it('refuses a wrong category, a wrong file type and a missing file, naming the field', async () => {
    const p = await signedProposal(pw);
    const body = { bodyHtml: '<p>答复</p>', category: 'A' };
    const category = await postReply(pw.c.unit, p.id, { ...body, category: 'E' });
    expect(category.json().error).toMatchObject({
      field: 'category',
      message: '答复类别：应为 A、B、C 之一',
    });
    const exe = await postReply(pw.c.unit, p.id, body, { name: '答复.exe', bytes: Buffer.from('MZ') });
    expect(exe.json().error).toMatchObject({
      field: 'file',
      message: '答复函文件：仅支持 .pdf .doc .docx .ofd 格式',
    });
    const fake = await postReply(pw.c.unit, p.id, body, { name: '答复.pdf', bytes: Buffer.from('<html>') });
    expect(fake.json().error.message).toBe('答复函文件：文件内容与扩展名不符');
    const none = await postReply(pw.c.unit, p.id, body, null);
    expect(none.json().error).toMatchObject({ field: 'file', message: '答复函文件：请上传签发的答复函' });
    const empty = await postReply(pw.c.unit, p.id, { category: 'A' });
    expect(empty.json().error.message).toMatch(/^答复正文：/);
    const big = await postReply(pw.c.unit, p.id, body, {
      name: '大.pdf',
      bytes: Buffer.concat([LETTER_PDF, Buffer.alloc(10 * 1024 * 1024)]),
    });
    expect(big.json().error).toMatchObject({ field: 'file', message: '答复函文件：不能超过 10 MB' });
    const ofd = await postReply(pw.c.unit, p.id, body, {
      name: '答复函.ofd',
      bytes: Buffer.from('PK\x03\x04ofd'),
    });
    expect(ofd.statusCode, ofd.body).toBe(200);
    expect(ofd.json().handling.replies[0].file.fileName).toBe('答复函.ofd');
    expect(
      await db().select().from(proposalReplies).where(eq(proposalReplies.proposalId, p.id)),
    ).toHaveLength(1);
  });
});

describe('不满意 and 重新办理', () => {
  it('sends the proposal back to the unit and keeps both replies and both ratings', async () => {
    const p = await signedProposal(pw);
    const first = await reply(pw.c.unit, p.id, { category: 'C' });
    const firstId = first.handling.replies[0].id;
    const unhappy = await rate(pw.c.lead, p.id, firstId, 'dissatisfied', '未实地调研');
    expect(unhappy.statusCode, unhappy.body).toBe(200);
    const due = addWorkingDays(shanghaiDate(), 20);
    expect(unhappy.json()).toMatchObject({ status: 'rehandling', statusLabel: '重新办理' });
    expect(unhappy.json().handling.assignments[0]).toMatchObject({
      dueDate: due,
      pending: true,
      repliedAt: null,
    });
    const told = (await notesAbout(pw.c.unit, p.id))[0];
    expect(told.kind).toBe('proposal.rateDissatisfied');
    expect(told.body).toContain(`重新办理，办理时限 ${due}`);
    const stale = await rate(pw.c.lead, p.id, firstId, 'satisfied');
    expect(stale.statusCode).toBe(409);

    const second = await reply(pw.c.unit, p.id, {
      category: 'A',
      bodyHtml: '<p>经实地调研，已增设护学岗。</p>',
    });
    expect(second.status).toBe('replied');
    const secondId = second.handling.replies[1].id;
    const old = await rate(pw.c.lead, p.id, firstId, 'satisfied');
    expect(old.statusCode).toBe(409);
    expect(old.json().error.message).toBe('该答复已被重新办理后的答复取代，请刷新后重试');
    expect((await rate(pw.c.lead, p.id, secondId, 'basicallySatisfied')).statusCode).toBe(200);

    const v = await view(p.id);
    expect(v.status).toBe('rated');
    expect(v.handling.replies.map((r: { round: number; category: string }) => [r.round, r.category])).toEqual(
      [
        [1, 'C'],
        [2, 'A'],
      ],
    );
    expect(
      v.handling.replies.map((r: { ratings: { overallLabel: string }[] }) => r.ratings[0].overallLabel),
    ).toEqual(['不满意', '基本满意']);
    const actions = v.timeline.map((e: { action: string }) => e.action);
    expect(actions.slice(-4)).toEqual(['reply', 'rateDissatisfied', 'reply', 'rate']);
    const ratings = await db().select().from(proposalRatings).where(eq(proposalRatings.proposalId, p.id));
    expect(ratings.map((r) => r.round)).toEqual([1, 2]);
  });
});

describe('分办 and 并案', () => {
  it('lets each 分办 unit reply separately; the last reply completes it, each reply is rated', async () => {
    const p = await signedProposal(pw, 'separate');
    const asUnit = (await pw.c.unit.get(`/api/proposals/${p.id}`)).json();
    expect(asUnit.abilities).toMatchObject({ reply: false, replyPartial: true });
    const firstReply = await reply(pw.c.unit, p.id);
    expect(firstReply.status).toBe('handling');
    // Nothing can be rated before the last unit answers: no rating deadline runs yet.
    expect(firstReply.handling.replies[0]).toMatchObject({ ratingDueOn: null, ratingOverdue: false });
    await t.ctx.handle.db
      .update(proposalReplies)
      .set({ repliedAt: new Date('2026-01-05T02:00:00Z') })
      .where(eq(proposalReplies.id, firstReply.handling.replies[0].id));
    expect(firstReply.abilities).toMatchObject({ reply: false, replyPartial: false });
    const again = await postReply(pw.c.unit, p.id, { bodyHtml: '<p>再答复</p>', category: 'A' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('本单位已答复，请勿重复提交');
    const asUnit2 = (await pw.c.unit2.get(`/api/proposals/${p.id}`)).json();
    expect(asUnit2.abilities).toMatchObject({ reply: true, replyPartial: false });
    const done = await reply(pw.c.unit2, p.id, { category: 'B' });
    expect(done.status).toBe('replied');
    const [r1, r2] = done.handling.replies;
    expect([r1.unitId, r2.unitId]).toEqual([pw.w.unitId, pw.unit2]);
    // The window runs from the last reply, for the early one too.
    expect([r1.ratingDueOn, r2.ratingDueOn]).toEqual([r2.ratingDueOn, expect.any(String)]);
    expect(r1.ratingOverdue).toBe(false);
    expect((await rate(pw.c.lead, p.id, r1.id, 'satisfied')).json().status).toBe('replied');
    expect((await rate(pw.c.lead, p.id, r2.id, 'satisfied')).json().status).toBe('rated');
  });

  it('every proposer of a merged proposal rates the reply', async () => {
    const host = await submittedProposal(pw, true);
    const joined = await draftBy(pw, pw.c.m2, { title: '关于校园交通的提案' });
    await step(pw.c.m2, joined.id, 'submit');
    await step(pw.c.staff, joined.id, 'merge', { targetId: host.id });
    await step(pw.c.staff, host.id, 'assign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
    await step(pw.c.unit, host.id, 'accept');
    const replied = await reply(pw.c.unit, host.id);
    expect((await notesAbout(pw.c.m2, host.id)).some((n) => n.kind === 'proposal.reply')).toBe(true);
    const replyId = replied.handling.replies[0].id;
    expect((await rate(pw.c.lead, host.id, replyId, 'satisfied')).json().status).toBe('replied');
    const asM2 = (await pw.c.m2.get(`/api/proposals/${host.id}`)).json();
    expect(asM2.handling.ratableReplyIds).toEqual([replyId]);
    expect((await rate(pw.c.m2, host.id, replyId, 'basicallySatisfied')).json().status).toBe('rated');
    const stranger = await rate(pw.c.m3, host.id, replyId, 'satisfied');
    expect(stranger.statusCode).toBe(404);
  });
});

describe('the public version', () => {
  it('strips contact data automatically and is published on staff approval', async () => {
    const p = await signedProposal(pw);
    const body = '<p>联系人：王科长，电话 13812345678，邮箱 wang@jyj.gov.cn。</p>';
    const replied = await reply(pw.c.unit, p.id, { bodyHtml: body });
    const letter = replied.handling.replies[0];
    expect(letter.bodyHtml).toBe(body);
    expect(letter.publicBodyHtml).toBe('<p>联系人：王科长，电话 [已隐去]，邮箱 [已隐去]。</p>');
    expect(letter.publicState).toBe('pending');

    const edited = '<p>联系人：王科长（0571-87654321）。已落实。</p>';
    const published = await step(pw.c.staff, p.id, `replies/${letter.id}/publication`, {
      publish: true,
      publicBodyHtml: edited,
    });
    expect(published.handling.replies[0]).toMatchObject({
      publicState: 'published',
      publicStateLabel: '已公开',
      publicBodyHtml: '<p>联系人：王科长（[已隐去]）。已落实。</p>',
    });
    const [row] = await db().select().from(proposals).where(eq(proposals.id, p.id));
    expect(row.isPublic).toBe(true);
    const withdrawn = await step(pw.c.staff, p.id, `replies/${letter.id}/publication`, { publish: false });
    expect(withdrawn.handling.replies[0].publicState).toBe('refused');
    const [after] = await db().select().from(proposals).where(eq(proposals.id, p.id));
    expect(after.isPublic).toBe(false);
    const byUnit = await pw.c.unit.post(`/api/proposals/${p.id}/replies/${letter.id}/publication`, {
      publish: true,
    });
    expect(byUnit.statusCode).toBe(403);
  });
});

describe('concurrency', () => {
  it('lets one of two concurrent replies on one assignment win; the other gets 409 in Chinese', async () => {
    const p = await signedProposal(pw);
    const second = await login(t.app, pw.w.users.unit, TEST_PASSWORD);
    const body = { bodyHtml: '<p>答复</p>', category: 'A' };
    const [a, b] = await Promise.all([postReply(pw.c.unit, p.id, body), postReply(second, p.id, body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toBe('该提案当前状态为已答复，不能执行答复');
    expect(
      await db().select().from(proposalReplies).where(eq(proposalReplies.proposalId, p.id)),
    ).toHaveLength(1);
    const events = await subjectEvents(db(), 'proposal', p.id);
    expect(events.filter((e) => e.action === 'reply')).toHaveLength(1);
  });

  it('completes a 分办 proposal when both units reply at once', async () => {
    const p = await signedProposal(pw, 'separate');
    const body = { bodyHtml: '<p>答复</p>', category: 'A' };
    const [a, b] = await Promise.all([postReply(pw.c.unit, p.id, body), postReply(pw.c.unit2, p.id, body)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect((await view(p.id)).status).toBe('replied');
  });
});
