import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, proposalSigners, proposals, users } from '../../db/schema';
import { subjectEvents } from '../../platform/events';
import { createTestApp, type TestApp } from '../../test/app';
import { draftBy, type ProposalWorld, proposalWorld, step } from './test-world';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'd');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const unreadOf = async (username: string) => {
  const [u] = await db().select().from(users).where(eq(users.username, username));
  return db().select().from(notifications).where(eq(notifications.userId, u.id));
};

describe('draft', () => {
  it('stores sanitised rich text and records the creation in the timeline', async () => {
    const p = await draftBy(pw, pw.c.lead, {
      situationHtml: '<p onclick="x()">现状<script>alert(1)</script></p><img src=x onerror=alert(1)>',
    });
    expect(p).toMatchObject({
      status: 'draft',
      statusLabel: '草稿',
      submitterKind: 'individual',
      version: 1,
    });
    expect(p.situationHtml).toBe('<p>现状</p>');
    expect(p.timeline.map((e: { action: string }) => e.action)).toEqual(['create']);
    expect(p.abilities).toMatchObject({ edit: true, submit: true, delete: true, register: false });
  });

  it('names the field of bad input with a 400', async () => {
    const empty = await pw.c.lead.post('/api/proposals', { sessionId: pw.sessionId, title: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('案由：不能为空');
    const badSession = await pw.c.lead.post('/api/proposals', { sessionId: 999999, title: '关于…' });
    expect(badSession.statusCode).toBe(400);
    expect(badSession.json().error).toMatchObject({ message: '届次会议：不存在', field: 'sessionId' });
    const selfCosign = await pw.c.lead.post('/api/proposals', {
      sessionId: pw.sessionId,
      title: '关于…',
      cosignerMemberIds: [pw.w.memberId],
    });
    expect(selfCosign.json().error.field).toBe('cosignerMemberIds');
  });

  it('keeps a draft private to its proposer', async () => {
    const p = await draftBy(pw, pw.c.lead);
    expect((await pw.c.staff.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
    expect((await pw.c.m2.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
  });

  it('edits a draft, refuses a stale version, and deletes a never-submitted draft', async () => {
    const p = await draftBy(pw, pw.c.lead);
    const edited = await pw.c.lead.patch(`/api/proposals/${p.id}`, {
      expectedVersion: 1,
      title: '关于优化社区养老服务的提案',
      recommendationHtml: '<p>建设嵌入式养老服务站</p>',
      categoryId: pw.categoryId,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: '关于优化社区养老服务的提案', version: 2 });
    const stale = await pw.c.lead.patch(`/api/proposals/${p.id}`, { expectedVersion: 1, title: '旧页面' });
    expect(stale.statusCode).toBe(409);
    expect((await pw.c.m2.delete(`/api/proposals/${p.id}`)).statusCode).toBe(404);
    expect((await pw.c.lead.delete(`/api/proposals/${p.id}`)).statusCode).toBe(200);
    expect(await db().select().from(proposals).where(eq(proposals.id, p.id))).toEqual([]);
  });
});

describe('attachments', () => {
  const upload = (id: number, name: string, bytes: Buffer) => {
    const boundary = '----tongxin';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return pw.c.lead.request({
      method: 'POST',
      url: `/api/proposals/${id}/attachments`,
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  };

  it('stores a PDF, serves it back, and refuses other types and oversized files', async () => {
    const p = await draftBy(pw, pw.c.lead);
    const pdf = Buffer.from('%PDF-1.4\n调研报告\n%%EOF');
    const ok = await upload(p.id, '调研报告.pdf', pdf);
    expect(ok.statusCode, ok.body).toBe(201);
    const { attachmentId, proposal } = ok.json();
    expect(proposal.attachments).toMatchObject([{ fileName: '调研报告.pdf', mimeType: 'application/pdf' }]);
    const got = await pw.c.lead.get(`/api/proposals/${p.id}/attachments/${attachmentId}`);
    expect(got.rawPayload.equals(pdf)).toBe(true);

    const exe = await upload(p.id, 'tool.exe', Buffer.from('MZ'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error).toMatchObject({ field: 'file' });
    const fake = await upload(p.id, 'fake.pdf', Buffer.from('<html>'));
    expect(fake.json().error.message).toBe('文件：文件内容与扩展名不符');
    const big = await upload(p.id, 'big.pdf', Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('文件：不能超过 10 MB');
  });
});

describe('submit', () => {
  it('an individual proposal goes straight to review and the staff are notified', async () => {
    const p = await draftBy(pw, pw.c.lead);
    const s = await step(pw.c.lead, p.id, 'submit', { expectedStatus: 'draft' });
    expect(s).toMatchObject({ status: 'submitted', statusLabel: '待审查', abilities: { withdraw: true } });
    expect(s.submittedAt).not.toBeNull();
    const staffNotes = await unreadOf(pw.w.users.staff);
    expect(staffNotes.some((n) => n.link === `/proposals/${p.id}` && n.kind === 'proposal.submit')).toBe(
      true,
    );
  });

  it('refuses to submit a draft without a category', async () => {
    const p = await draftBy(pw, pw.c.lead, { categoryId: null });
    const res = await pw.c.lead.post(`/api/proposals/${p.id}/submit`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('请选择提案类别');
  });

  it('withdraws before registration, not after, and never a draft not yet submitted (that is deleted)', async () => {
    const p = await draftBy(pw, pw.c.lead);
    expect((await pw.c.lead.get(`/api/proposals/${p.id}`)).json().abilities).toMatchObject({
      withdraw: false,
    });
    const fresh = await pw.c.lead.post(`/api/proposals/${p.id}/withdraw`, {});
    expect(fresh.statusCode).toBe(409);
    expect(fresh.json().error.message).toBe('草稿尚未提交，无需撤案，可直接删除');
    await step(pw.c.lead, p.id, 'submit');
    expect(await step(pw.c.lead, p.id, 'withdraw', { note: '已通过其他渠道反映' })).toMatchObject({
      status: 'withdrawn',
    });
    const q = await draftBy(pw, pw.c.lead);
    await step(pw.c.lead, q.id, 'submit');
    await step(pw.c.staff, q.id, 'register');
    const late = await pw.c.lead.post(`/api/proposals/${q.id}/withdraw`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('该提案当前状态为已立案，不能执行撤案');
  });
});

describe('joint proposals', () => {
  it('counts as submitted only when every co-signer has confirmed', async () => {
    const p = await draftBy(pw, pw.c.lead, { cosignerMemberIds: [pw.member2, pw.member3] });
    expect(p.submitterKind).toBe('joint');
    expect((await step(pw.c.lead, p.id, 'submit')).status).toBe('cosigning');
    const invites = await pw.c.m2.get('/api/proposals?view=cosign-invitations');
    expect(invites.json().items.map((i: { id: number }) => i.id)).toContain(p.id);
    const asM2 = await pw.c.m2.get(`/api/proposals/${p.id}`);
    expect(asM2.json().abilities).toMatchObject({ confirmCosign: true, declineCosign: true, submit: false });

    expect((await step(pw.c.m2, p.id, 'cosign/confirm')).status).toBe('cosigning');
    const again = await pw.c.m2.post(`/api/proposals/${p.id}/cosign/confirm`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('您已确认联名');
    // Answered: neither button is offered again.
    expect((await pw.c.m2.get(`/api/proposals/${p.id}`)).json().abilities).toMatchObject({
      confirmCosign: false,
      declineCosign: false,
    });
    const done = await step(pw.c.m3, p.id, 'cosign/confirm');
    expect(done.status).toBe('submitted');
    expect(done.signers.map((s: { stateLabel: string }) => s.stateLabel)).toEqual([
      '已确认',
      '已确认',
      '已确认',
    ]);
  });

  it('waits on a decliner until the lead removes them', async () => {
    const p = await draftBy(pw, pw.c.lead, { cosignerMemberIds: [pw.member2, pw.member3] });
    await step(pw.c.lead, p.id, 'submit');
    await step(pw.c.m2, p.id, 'cosign/confirm');
    const declined = await step(pw.c.m3, p.id, 'cosign/decline', { reason: '不熟悉该领域' });
    expect(declined.status).toBe('cosigning');
    expect(declined.abilities).toMatchObject({ confirmCosign: false, declineCosign: false });
    const twice = await pw.c.m3.post(`/api/proposals/${p.id}/cosign/decline`, { reason: '不熟悉该领域' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('您已谢绝联名');
    const removeConfirmed = await pw.c.lead.delete(`/api/proposals/${p.id}/cosigners/${pw.member2}`);
    expect(removeConfirmed.statusCode).toBe(409);
    const removed = await pw.c.lead.delete(`/api/proposals/${p.id}/cosigners/${pw.member3}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ status: 'submitted', submitterKind: 'joint' });
    const rows = await db().select().from(proposalSigners).where(eq(proposalSigners.proposalId, p.id));
    expect(rows.map((r) => r.memberId).sort()).toEqual([pw.w.memberId, pw.member2].sort());
    const m3Notes = await unreadOf('d_m3');
    expect(m3Notes.map((n) => n.kind)).toContain('proposal.removeCosigner');
  });

  it('refuses co-signers from another committee', async () => {
    const other = await proposalWorld(t, 'dx');
    const res = await pw.c.lead.post('/api/proposals', {
      sessionId: pw.sessionId,
      title: '关于…',
      cosignerMemberIds: [other.member2],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('联名人：须为本委员会的在任委员');
  });
});

describe('proposals in the name of a body', () => {
  it('staff enter a party proposal and submit it on its behalf', async () => {
    const p = await draftBy(pw, pw.c.staff, { submitterKind: 'party', submitterName: '民盟区委会' });
    expect(p).toMatchObject({ submitterKindLabel: '党派团体', submitterName: '民盟区委会' });
    const s = await step(pw.c.staff, p.id, 'submit');
    expect(s.status).toBe('submitted');
    const memberTry = await pw.c.lead.post('/api/proposals', {
      sessionId: pw.sessionId,
      title: '关于…',
      submitterKind: 'party',
    });
    expect(memberTry.json().error.field).toBe('submitterKind');
    const events = await subjectEvents(db(), 'proposal', p.id);
    expect(events.map((e) => [e.action, e.toStatus])).toEqual([
      ['create', 'draft'],
      ['submit', 'submitted'],
    ]);
  });
});
