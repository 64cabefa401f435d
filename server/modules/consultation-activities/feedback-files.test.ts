import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { filePayload } from '../../test/policy-matrix';
import {
  type ConsultationWorld,
  consultationWorld,
  expectOk,
  heldActivity,
  suggestionOn,
} from './test-consultations';

/**
 * 反馈附件: 教育局 (the world's unit) answers m1's suggestion and attaches its signed reply letter;
 * 卫健局 (unit2) is another department.
 */
let t: TestApp;
let cw: ConsultationWorld;
let id = 0;
const files = () => `/api/consultation-suggestions/${id}/files`;
const upload = (c: Client) => c.request({ method: 'POST', url: files(), ...filePayload() });

beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'ff');
  id = await suggestionOn(cw, await heldActivity(cw));
}, 60_000);
afterAll(() => t.close());

describe('files on a department’s feedback', () => {
  it('the department attaches and removes them; every reader of the suggestion downloads them', async () => {
    expect((await upload(cw.c.consult)).statusCode).toBe(403);
    expect((await upload(cw.c.unit2)).statusCode).toBe(404);
    const view = await expectOk(upload(cw.c.unit), 201);
    expect(view.canAttachFiles).toBe(true);
    expect(view.files.map((f: { fileName: string; sizeBytes: number }) => [f.fileName, f.sizeBytes])).toEqual(
      [['说明.txt', Buffer.byteLength('附件内容')]],
    );
    expect(view.timeline.at(-1)).toMatchObject({
      action: 'feedbackFile',
      actionLabel: '上传反馈附件',
      note: '说明.txt',
    });
    const url = `${files()}/${view.files[0].id}`;
    for (const reader of [cw.c.consult, cw.c.m1, cw.c.unit]) {
      const res = await reader.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('附件内容');
    }
    expect((await cw.c.unit2.get(url)).statusCode).toBe(404);
    expect((await cw.c.m2.get(url)).statusCode).toBe(404);
    expect((await expectOk(cw.c.consult.get(`/api/consultation-suggestions/${id}`))).canAttachFiles).toBe(
      false,
    );
    expect((await cw.c.consult.request({ method: 'DELETE', url })).statusCode).toBe(403);
    const after = await expectOk(cw.c.unit.request({ method: 'DELETE', url }));
    expect(after.files).toEqual([]);
    expect(after.timeline.at(-1)).toMatchObject({
      action: 'removeFeedbackFile',
      actionLabel: '删除反馈附件',
    });
    expect((await cw.c.unit.request({ method: 'DELETE', url })).statusCode).toBe(404);
  });
});
