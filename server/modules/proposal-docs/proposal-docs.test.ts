import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalAssignments, proposalReplies, users } from '../../db/schema';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import { draftBy, type ProposalWorld, proposalWorld, step } from '../proposals/test-world';

/** The Word documents, opened and read back: word/document.xml as text. */
let t: TestApp;
let pw: ProposalWorld;
let outsider: ProposalWorld;
let joint: { id: number };

const TITLE = '关于增设中小学护学岗的提案';
const REPLY_TEXT = '经研究，已在全区中小学增设护学岗86个，并安排交警定时值守。';

/** A unit's reply written straight to the tables (the reply step itself is tested with its module). */
async function replyFrom(unitId: number, proposalId: number) {
  const db = t.ctx.handle.db;
  const [a] = await db
    .select()
    .from(proposalAssignments)
    .where(eq(proposalAssignments.proposalId, proposalId));
  const [unitUser] = await db.select().from(users).where(eq(users.handlingUnitId, unitId));
  await db.insert(proposalReplies).values({
    committeeId: pw.w.committeeId,
    proposalId,
    assignmentId: a.id,
    unitId,
    bodyHtml: `<p>${REPLY_TEXT}</p><p>联系人：王科长 &amp; 李干事</p>`,
    category: 'A',
    signedBy: '张明',
    createdByUserId: unitUser.id,
    repliedAt: new Date('2025-04-10T02:00:00Z'),
  });
}

beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'da');
  outsider = await proposalWorld(t, 'db');
  // 第0001号: joint (lead + m2), three sections with a list and a table, 主办 + 会办, replied.
  const draft = await draftBy(pw, pw.c.lead, {
    title: TITLE,
    situationHtml: '<p>上下学高峰<strong>拥堵</strong>，人车混行 &lt; 安全距离。</p>',
    analysisHtml: '<ol><li>缺少护学岗</li><li>缺少减速带</li></ol>',
    recommendationHtml:
      '<p>建议如下：</p><table><tr><th>措施</th><th>责任单位</th></tr><tr><td>增设护学岗</td><td>教育局</td></tr></table>',
    cosignerMemberIds: [pw.member2],
  });
  await step(pw.c.lead, draft.id, 'submit');
  await step(pw.c.m2, draft.id, 'cosign/confirm');
  await step(pw.c.staff, draft.id, 'register', { note: '建议重点督办' });
  await step(pw.c.staff, draft.id, 'assign', {
    units: [
      { unitId: pw.w.unitId, mode: 'lead' },
      { unitId: pw.unit2, mode: 'cooperating' },
    ],
  });
  await replyFrom(pw.w.unitId, draft.id);
  joint = draft;
});
afterAll(() => t.close());

describe('提案表', () => {
  it('prints the number, title, proposers with sectors, review, units and the body', async () => {
    const text = await documentText(await pw.c.lead.get(`/api/proposals/${joint.id}/form.docx`));
    for (const expected of [
      'da政协十一届四次会议',
      '编号：第0001号',
      TITLE,
      '第一提案人：da委员（教育界）',
      '联名人：m2（教育界）',
      '同意立案，编号第0001号',
      '（建议重点督办）',
      '主办：da教育局；会办：da卫健局',
      '一、情况',
      '上下学高峰拥堵，人车混行 < 安全距离。',
      '二、分析',
      '1. 缺少护学岗',
      '2. 缺少减速带',
      '三、建议',
      '增设护学岗\n教育局',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is for whoever may read the proposal', async () => {
    const url = `/api/proposals/${joint.id}/form.docx`;
    for (const c of [pw.c.staff, pw.c.m2, pw.c.unit2, pw.c.leader])
      expect((await c.get(url)).statusCode).toBe(200);
    expect((await pw.c.m3.get(url)).statusCode).toBe(404);
    expect((await outsider.c.staff.get(url)).statusCode).toBe(404);
  });
});

describe('答复函', () => {
  it('carries the unit, number, title, category, date and the reply text', async () => {
    const text = await documentText(await pw.c.lead.get(`/api/proposals/${joint.id}/reply.docx`));
    for (const expected of [
      'da教育局',
      '关于da政协十一届四次会议第0001号提案的答复',
      TITLE,
      'da教育局（主办）',
      'A类：所提问题已经解决或基本解决',
      '2025年4月10日',
      REPLY_TEXT,
      '联系人：王科长 & 李干事',
      '签发人：张明',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('goes to the proposers, the office and the unit that wrote it', async () => {
    const url = `/api/proposals/${joint.id}/reply.docx`;
    for (const c of [pw.c.staff, pw.c.m2, pw.c.unit]) expect((await c.get(url)).statusCode).toBe(200);
    expect((await pw.c.unit2.get(url)).statusCode).toBe(404); // the 会办 unit did not write it
    expect((await pw.c.leader.get(url)).statusCode).toBe(403);
    expect((await pw.c.staff.get(`${url}?replyId=999999`)).statusCode).toBe(404);
    const unreplied = await draftBy(pw, pw.c.lead);
    await step(pw.c.lead, unreplied.id, 'submit');
    expect((await pw.c.lead.get(`/api/proposals/${unreplied.id}/reply.docx`)).statusCode).toBe(404);
  });
});

describe('提案汇编', () => {
  let staff: Client;
  beforeAll(async () => {
    staff = pw.c.staff;
    // 第0002号 by a party; 第0003号 registered, then merged into 第0002号; one never registered.
    const party = await draftBy(pw, staff, {
      title: '关于发展社区托育服务的提案',
      submitterKind: 'party',
      submitterName: '民盟da区委会',
    });
    await step(staff, party.id, 'submit');
    await step(staff, party.id, 'register');
    const later = await draftBy(pw, pw.c.m3, { title: '关于普惠托育机构建设的提案' });
    await step(pw.c.m3, later.id, 'submit');
    await step(staff, later.id, 'register');
    await step(staff, later.id, 'merge', { targetId: party.id });
    const pending = await draftBy(pw, pw.c.m3, { title: '关于尚在审查中的提案' });
    await step(pw.c.m3, pending.id, 'submit');
  });

  it('has a title page, contents in number order, then every registered proposal', async () => {
    const text = await documentText(
      await staff.get(`/api/proposal-compilation.docx?sessionId=${pw.sessionId}`),
    );
    expect(text).toContain('提 案 汇 编');
    expect(text).toContain('收录提案 3 件（第0001号至第0003号），其中并案 1 件');
    const contents = text.slice(text.indexOf('目 录'));
    const order = [
      `第0001号\n${TITLE}\nda委员等2人`,
      '第0002号\n关于发展社区托育服务的提案\n民盟da区委会',
      '第0003号\n关于普惠托育机构建设的提案（并入第0002号办理）\nm3',
    ].map((row) => contents.indexOf(row));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain('关于尚在审查中的提案');
    expect(text).toContain('提案者：民盟da区委会（党派团体）');
    expect(text).toContain('本提案（并入第0002号办理）');
    expect(text).toContain('增设护学岗\n教育局');
  });

  it('is for the office, within its own scope', async () => {
    const url = `/api/proposal-compilation.docx?sessionId=${pw.sessionId}`;
    expect((await pw.c.lead.get(url)).statusCode).toBe(403);
    expect((await outsider.c.staff.get(url)).statusCode).toBe(404);
    const missing = await staff.get('/api/proposal-compilation.docx');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/^届次会议：/);
  });
});
