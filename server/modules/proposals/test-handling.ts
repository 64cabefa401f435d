import { expect } from 'vitest';
import type { Client } from '../../test/app';
import { type ProposalWorld, step, submittedProposal } from './test-world';

/** A signed reply letter as units upload it. */
export const LETTER_PDF = Buffer.from('%PDF-1.4\n关于提案的答复\n%%EOF');

/** A registered proposal assigned to the world's 教育局 as 主办 and, if asked, 卫健局 as 会办 or both as 分办. */
export async function assignedProposal(pw: ProposalWorld, plan: 'lead' | 'leadCo' | 'separate' = 'lead') {
  const p = await submittedProposal(pw, true);
  const units = {
    lead: [{ unitId: pw.w.unitId, mode: 'lead' }],
    leadCo: [
      { unitId: pw.w.unitId, mode: 'lead' },
      { unitId: pw.unit2, mode: 'cooperating' },
    ],
    separate: [
      { unitId: pw.w.unitId, mode: 'separate' },
      { unitId: pw.unit2, mode: 'separate' },
    ],
  }[plan];
  return step(pw.c.staff, p.id, 'assign', { units });
}

/** An assigned proposal that every unit has signed for (签收), so each may work on it and reply. */
export async function signedProposal(pw: ProposalWorld, plan: 'lead' | 'leadCo' | 'separate' = 'lead') {
  const p = await assignedProposal(pw, plan);
  const signed = await step(pw.c.unit, p.id, 'accept');
  return plan === 'lead' ? signed : step(pw.c.unit2, p.id, 'accept');
}

/** Posts the multipart reply form: text fields and one file (the signed letter by default). */
export function postReply(
  client: Client,
  id: number,
  fields: Record<string, string>,
  file: { name: string; bytes: Buffer } | null = { name: '答复函.pdf', bytes: LETTER_PDF },
) {
  const boundary = '----tongxin-reply';
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return client.request({
    method: 'POST',
    url: `/api/proposals/${id}/reply`,
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** Replies and expects success, returning the proposal as the unit now sees it. */
export async function reply(client: Client, id: number, fields: Record<string, string> = {}) {
  const res = await postReply(client, id, {
    bodyHtml: '<p>经研究，已在三所学校周边设置护学岗。</p>',
    category: 'A',
    signedBy: '张局长',
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Rates a reply with one overall level for every aspect. */
export function rate(client: Client, id: number, replyId: number, level: string, comment?: string) {
  return client.post(`/api/proposals/${id}/ratings`, {
    replyId,
    overall: level,
    attitude: level,
    contact: level,
    result: level,
    comment,
  });
}

/** The caller's notifications about one proposal, newest first. */
export async function notesAbout(client: Client, id: number) {
  const res = await client.get('/api/notifications?pageSize=100');
  return (res.json().items as { kind: string; body: string | null; link: string; title: string }[]).filter(
    (n) => n.link === `/proposals/${id}`,
  );
}
