import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../db/schema';
import { MAX_UPLOAD_BYTES } from '../lib/uploads';
import { draftBy, type ProposalWorld, proposalWorld } from '../modules/proposals/test-world';
import { createTestApp, type TestApp } from '../test/app';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: `.tmp/test-data-uploads-${process.pid}` });
  pw = await proposalWorld(t, 'up');
});
afterAll(() => t.close());

const boundary = 'x-tongxin-upload';
const PDF_HEAD = Buffer.from('%PDF-1.4\n');

/** A PDF of exactly `size` bytes, posted to a draft's files. */
function upload(proposalId: number, size: number) {
  const bytes = Buffer.alloc(size, 0x20);
  PDF_HEAD.copy(bytes);
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="材料.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return pw.c.lead.request({
    method: 'POST',
    url: `/api/proposals/${proposalId}/attachments`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const storedFiles = (committeeId: number) => {
  try {
    return readdirSync(join(t.ctx.env.DATA_DIR, 'uploads', String(committeeId))).length;
  } catch {
    return 0;
  }
};

describe('uploads at the size limit', () => {
  it('refuses every file a few bytes over 10 MiB whole (413), keeping no row and no bytes', async () => {
    const p = await draftBy(pw, pw.c.lead);
    const before = storedFiles(pw.w.committeeId);
    for (let over = 1; over <= 16; over++) {
      const res = await upload(p.id, MAX_UPLOAD_BYTES + over);
      expect(res.statusCode, `10 MiB + ${over}`).toBe(413);
      expect(res.json().error).toMatchObject({ field: 'file', message: '文件：不能超过 10 MB' });
    }
    const [{ n }] = await t.ctx.handle.db
      .select({ n: count() })
      .from(attachments)
      .where(eq(attachments.subjectId, p.id));
    expect(n).toBe(0);
    expect(storedFiles(pw.w.committeeId)).toBe(before);
  });

  it('keeps a file of exactly 10 MiB, byte for byte', async () => {
    const p = await draftBy(pw, pw.c.lead);
    const res = await upload(p.id, MAX_UPLOAD_BYTES);
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await t.ctx.handle.db
      .select()
      .from(attachments)
      .where(eq(attachments.id, res.json().attachmentId));
    expect(row).toMatchObject({
      subjectType: 'proposal',
      subjectId: p.id,
      purpose: 'material',
      sizeBytes: MAX_UPLOAD_BYTES,
    });
    const back = await pw.c.lead.get(`/api/proposals/${p.id}/attachments/${row.id}`);
    expect(back.rawPayload.length).toBe(MAX_UPLOAD_BYTES);
  });
});
