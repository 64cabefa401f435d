import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import { insertMember } from './fixtures';

let t: TestApp;
let w: World;
let staff: Client;

/** The list's names for a query string, in the order returned. */
async function names(query: string): Promise<string[]> {
  const res = await staff.get(`/api/members?pageSize=100&${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((m: { name: string }) => m.name);
}

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 's');
  const add = (name: string, position: string, officialOrder = 0) =>
    insertMember(t.ctx, w.committeeId, { name, position, sectorId: w.sectorId, officialOrder });
  await add('张三', '委员');
  await add('张珊珊', '常委');
  await add('赵四', '副主席', 2);
  await add('周晓', '副主席', 1);
  await add('安然', '主席');
  await add('吕梁', '委员');
  await add('章子胜', '秘书长');
  await add('梁华', '委员');
  await add('李明', '委员');
  staff = await login(t.app, w.users.staff, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('search', () => {
  it('matches a part of the Chinese name', async () => {
    expect((await names('q=张')).sort()).toEqual(['张三', '张珊珊']);
  });

  it('matches the full pinyin with or without spaces', async () => {
    expect(await names('q=zhangsan')).toEqual(['张三']);
    expect(await names(`q=${encodeURIComponent('zhang san')}`)).toEqual(['张三']);
    expect(await names('q=zhangshanshan')).toEqual(['张珊珊']);
    expect(await names('q=zhang&sort=pinyin')).toEqual(['张三', '张珊珊', '章子胜']);
  });

  it('matches the pinyin initials as a prefix', async () => {
    expect(await names('q=zs&sort=pinyin')).toEqual(['张三', '张珊珊', '赵四']);
    expect(await names('q=zss')).toEqual(['张珊珊']);
    expect(await names('q=zzs')).toEqual(['章子胜']);
    expect(await names('q=ZS&position=常委')).toEqual(['张珊珊']);
  });

  it('writes ü as v, as people type it', async () => {
    expect(await names('q=lvliang')).toEqual(['吕梁']);
  });

  it('treats LIKE wildcards literally and reports the total', async () => {
    expect(await names('q=%25')).toEqual([]);
    const res = await staff.get('/api/members?q=zs&sort=pinyin&pageSize=1&page=2');
    expect(res.json()).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(res.json().items.map((m: { name: string }) => m.name)).toEqual(['张珊珊']);
  });
});

describe('sort', () => {
  it('pinyin sorts by full pinyin', async () => {
    // 'li ming' before 'liang hua': syllable by syllable, like a dictionary.
    expect(await names('sort=pinyin')).toEqual([
      '安然',
      '李明',
      '梁华',
      '吕梁',
      's委员',
      '张三',
      '张珊珊',
      '章子胜',
      '赵四',
      '周晓',
    ]);
  });

  it('official sorts by position rank, then the office order, then pinyin', async () => {
    expect(await names('sort=official')).toEqual([
      '安然',
      '周晓',
      '赵四',
      '章子胜',
      '张珊珊',
      '李明',
      '梁华',
      '吕梁',
      's委员',
      '张三',
    ]);
  });
});
