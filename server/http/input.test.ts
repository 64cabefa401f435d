import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema';
import { insertMember } from '../modules/members/fixtures';
import { type Client, createTestApp, login, type TestApp } from '../test/app';
import { snapshotDatabase } from '../test/db-snapshot';
import { addPlenarySession, createWorld, TEST_PASSWORD, type World } from '../test/factories';

/**
 * The requests of issue 11 that answered 500 or were read loosely, each now a 400 that names the
 * field (or the request), with nothing written.
 */
let t: TestApp;
let w: World;
let staff: Client;
let secadmin: Client;
let sysadmin: Client;
let categoryId: number;

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'inp');
  [staff, secadmin, sysadmin] = await Promise.all(
    (['staff', 'secadmin', 'sysadmin'] as const).map((r) => login(t.app, w.users[r], TEST_PASSWORD)),
  );
  const created = await staff.post('/api/proposals/config/categories', { name: '经济建设' });
  expect(created.statusCode, created.body).toBe(201);
  categoryId = created.json().id;
});
afterAll(() => t.close());

/** Sends the request and expects a 400 naming `field` (or the request as a whole), with nothing written. */
async function refused(send: () => Promise<{ statusCode: number; json(): unknown }>, field?: string) {
  const before = await snapshotDatabase(t.ctx.handle.db);
  const res = await send();
  expect(res.statusCode).toBe(400);
  const error = (res.json() as { error: { code: string; field?: string; message: string } }).error;
  expect(error.code).toBe('bad_request');
  if (field) expect(error.field).toBe(field);
  expect(await snapshotDatabase(t.ctx.handle.db)).toEqual(before);
  return error;
}

describe('ids', () => {
  it('refuses an id above 2147483647 in the path and in a body, naming it', async () => {
    const path = await refused(() => staff.get('/api/proposals/2147483648'), 'id');
    expect(path.message).toBe('编号：不能大于 2147483647');
    const [linker, linked] = await Promise.all(
      ['甲', '乙'].map((name) =>
        insertMember(t.ctx, w.committeeId, { name, position: '委员', sectorId: w.sectorId }),
      ),
    );
    await refused(
      () => staff.post('/api/member-links', { linkerId: 2147483648, linkedId: linked }),
      'linkerId',
    );
    await refused(() => staff.post('/api/member-links', { linkerId: linker, linkedId: 1e20 }), 'linkedId');
  });

  it('reads path ids as plain decimal digits only: " 1", 0x10, 1e3 reset nobody', async () => {
    const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, w.users.auditor));
    for (const id of [`%20${u.id}`, '0x10', '1e3', `${u.id}.0`, `+${u.id}`, '-1', '0']) {
      await refused(() => secadmin.post(`/api/accounts/${id}/reset-password`, {}), 'id');
    }
    const [after] = await t.ctx.handle.db.select().from(users).where(eq(users.id, u.id));
    expect(after.passwordHash).toBe(u.passwordHash);
    expect((await secadmin.get(`/api/accounts/${u.id}`)).statusCode).toBe(200);
  });
});

describe('text', () => {
  it('refuses NUL and half a surrogate pair in any text, naming the field', async () => {
    const nul = await refused(() => sysadmin.post('/api/org/sectors', { name: 'a\u0000b' }), 'name');
    expect(nul.message).toBe('名称：不能包含空字符或无效的 Unicode 字符');
    await refused(() => sysadmin.post('/api/org/sectors', { name: 'a\ud800b' }), 'name');
    await refused(() => sysadmin.post('/api/org/sectors', { name: '界别', note: 'x\udc00' }), 'note');
    await refused(() => staff.get('/api/members?q=%00'), 'q');
  });
});

describe('updates', () => {
  it('refuses a PATCH with {}, null or a body that is not JSON', async () => {
    const url = `/api/proposals/config/categories/${categoryId}`;
    const none = await refused(() => staff.patch(url, {}));
    expect(none.message).toBe('请求：没有要修改的内容');
    const nul = await refused(() =>
      staff.request({
        method: 'PATCH',
        url,
        payload: 'null',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(nul.message).toBe('请求：不能为空');
    await refused(() =>
      staff.request({ method: 'PATCH', url, payload: 'abc', headers: { 'content-type': 'text/plain' } }),
    );
    await refused(() =>
      staff.request({
        method: 'PATCH',
        url,
        payload: '{"name":',
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
});

describe('dates', () => {
  it('refuses impossible days in the path', async () => {
    const feb30 = await refused(
      () => staff.put('/api/calendar-overrides/2026-02-30', { kind: '补班' }),
      'day',
    );
    expect(feb30.message).toBe('日期：不是有效的日期');
    await refused(() => staff.delete('/api/calendar-overrides/9999-99-99'), 'day');
  });
});

describe('uploads', () => {
  const boundary = 'x-boundary';
  const part = (disposition: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\n` +
    `Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004data\r\n`;
  const upload = (url: string, payload: string, contentType = `multipart/form-data; boundary=${boundary}`) =>
    staff.request({ method: 'POST', url, payload, headers: { 'content-type': contentType } });

  it('refuses a multipart body without a boundary', async () => {
    const error = await refused(() =>
      upload('/api/members/import', `${part('filename="m.xlsx"')}--${boundary}--\r\n`, 'multipart/form-data'),
    );
    expect(error.message).toBe('上传内容格式不正确');
  });

  it('refuses a multipart body cut short', async () => {
    await refused(() => upload('/api/members/import', part('filename="m.xlsx"').slice(0, 80)));
  });

  it('refuses a file without a name', async () => {
    await refused(() => upload('/api/members/import', `${part('filename=""')}--${boundary}--\r\n`), 'file');
    const member = await login(t.app, w.users.member, TEST_PASSWORD);
    const draft = await member.post('/api/proposals', {
      sessionId: (await addPlenarySession(t.ctx, w.committeeId)).sessionId,
      title: '关于改善校园周边交通的建议',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const before = await snapshotDatabase(t.ctx.handle.db);
    const res = await member.request({
      method: 'POST',
      url: `/api/proposals/${draft.json().id}/attachments`,
      payload: `${part('filename=""')}--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode, res.body).toBe(400);
    // A part with no file name at all, as application/octet-stream: it is not a file.
    const unnamed = await member.request({
      method: 'POST',
      url: `/api/proposals/${draft.json().id}/attachments`,
      payload: `${part('').replace('; \r\n', '\r\n')}--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(unnamed.statusCode, unnamed.body).toBe(400);
    expect(unnamed.json().error.field).toBe('file');
    expect(await snapshotDatabase(t.ctx.handle.db)).toEqual(before);
  });

  it('refuses a multipart body sent to a JSON route (it would read as no body at all)', async () => {
    const res = await upload('/api/org/handling-units', `${part('filename="a.txt"')}--${boundary}--\r\n`);
    expect(res.statusCode).toBe(415);
  });
});
