import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import {
  type Catalogues,
  insertMember,
  seedCatalogues,
  sheetsOf,
  uploadOf,
  validIdNumber,
  workbookOf,
} from './fixtures';
import { IMPORT_HEADERS } from './import-rows';

let t: TestApp;
let w: World;
let cat: Catalogues;
let staff: Client;

const row = (over: Partial<Record<(typeof IMPORT_HEADERS)[number], string>>) => {
  const base: Record<string, string> = {
    姓名: '测试',
    性别: '女',
    出生日期: '',
    民族: '汉族',
    党派: '民进',
    界别: '教育界',
    职务: '委员',
    专门委员会: '提案委员会',
    联络组: '城关镇联络组',
    工作单位: '实验小学',
    职务职称: '教师',
    手机号: '',
    身份证号: '',
  };
  return IMPORT_HEADERS.map((h) => over[h] ?? base[h]);
};

async function upload(body: Buffer, filename = 'members.xlsx') {
  return staff.request({ method: 'POST', url: '/api/members/import', ...uploadOf(body, filename) });
}

const countIn = async (committeeId: number) =>
  (await t.ctx.handle.db.select().from(members).where(eq(members.committeeId, committeeId))).length;

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'im');
  cat = await seedCatalogues(t.ctx, w.committeeId, w.sectorId);
  await insertMember(t.ctx, w.committeeId, {
    name: '已在册',
    position: '委员',
    sectorId: w.sectorId,
    phone: '13300000000',
  });
  staff = await login(t.app, w.users.staff, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('import', () => {
  it('imports a valid 3-row file: pinyin indexed, contacts encrypted, names matched', async () => {
    const before = await countIn(w.committeeId);
    const file = await workbookOf([
      [...IMPORT_HEADERS],
      row({ 姓名: '欧阳明', 手机号: '13800000001', 身份证号: validIdNumber('19700102', 31) }),
      row({ 姓名: '刘洋', 性别: '男', 界别: '经济界', 职务: '常委', 出生日期: '1981/5/6', 民族: '回' }),
      row({ 姓名: '陈静', 联络组: '', 专门委员会: '', 党派: '', 手机号: '13800000003' }),
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 3 });
    expect(await countIn(w.committeeId)).toBe(before + 3);
    const rows = await t.ctx.handle.db.select().from(members).where(eq(members.committeeId, w.committeeId));
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('欧阳明')).toMatchObject({
      namePinyin: 'ou yang ming',
      nameInitials: 'oym',
      birthDate: '1970-01-02',
      phoneMask: '138****0001',
      specialCommitteeId: cat.specialCommitteeId,
      liaisonGroupId: cat.liaisonGroupId,
    });
    expect(t.ctx.cipher.decrypt(byName.get('欧阳明')!.phoneEnc!)).toBe('13800000001');
    expect(byName.get('刘洋')).toMatchObject({
      sectorId: cat.otherSectorId,
      position: '常委',
      isStanding: true,
      birthDate: '1981-05-06',
      ethnicity: '回族',
    });
    expect(byName.get('陈静')).toMatchObject({ party: '群众', liaisonGroupId: null, idNumberEnc: null });
  });

  it('lists every problem of a file with 2 bad rows, by Excel row and header, and writes nothing', async () => {
    const before = await countIn(w.committeeId);
    const valid = validIdNumber('19700102', 41);
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const file = await workbookOf([
      [...IMPORT_HEADERS],
      row({ 姓名: '好行', 手机号: '13800000010' }),
      row({ 姓名: '', 性别: '未知', 界别: '不存在界', 手机号: '1380000', 身份证号: wrongCheck }),
      row({ 姓名: '坏行二', 职务: '会长', 手机号: '13300000000', 出生日期: '1970-02-30' }),
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('import_invalid');
    expect(err.message).toContain('未写入');
    expect(err.rows).toEqual([
      { row: 3, column: '姓名', message: '不能为空' },
      { row: 3, column: '性别', message: '“未知”无效，应为：男、女' },
      { row: 3, column: '界别', message: '本委员会没有名为“不存在界”的界别（可选值见“可选值”工作表）' },
      { row: 3, column: '手机号', message: '“1380000”应为 11 位手机号码' },
      { row: 3, column: '身份证号', message: '校验位不正确' },
      { row: 4, column: '出生日期', message: '“1970-02-30”不是有效的日期（格式如 1970-01-31）' },
      { row: 4, column: '职务', message: '“会长”无效，应为：主席、副主席、秘书长、常委、委员' },
      { row: 4, column: '手机号', message: '本委员会已有使用该手机号的委员' },
    ]);
    expect(await countIn(w.committeeId)).toBe(before);
  });

  it('names duplicates within the file', async () => {
    const file = await workbookOf([
      [...IMPORT_HEADERS],
      row({ 姓名: '甲', 手机号: '13800000020' }),
      row({ 姓名: '乙', 手机号: '13800000020' }),
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.rows).toEqual([{ row: 3, column: '手机号', message: '与第 2 行重复' }]);
  });

  it('refuses a text file renamed .xlsx, another extension, no header and no data with a clear 400', async () => {
    const text = await upload(Buffer.from('姓名,性别\n张三,男\n'), 'members.xlsx');
    expect(text.statusCode).toBe(400);
    expect(text.json().error.message).toBe('文件：不是有效的 .xlsx 文件');
    const csv = await upload(await workbookOf([[...IMPORT_HEADERS]]), 'members.csv');
    expect(csv.statusCode).toBe(400);
    expect(csv.json().error.message).toBe('文件：只支持 .xlsx 格式的 Excel 文件');
    const noHeader = await upload(
      await workbookOf([
        ['姓名', '性别'],
        ['张三', '男'],
      ]),
    );
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.message).toContain('缺少表头列 出生日期、民族');
    const empty = await upload(await workbookOf([[...IMPORT_HEADERS]]));
    expect(empty.json().error.message).toBe('文件：没有可导入的数据行');
    const noFile = await staff.post('/api/members/import', {});
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.message).toMatch(/^文件：/);
  });

  it('is for staff only', async () => {
    const member = await login(t.app, w.users.member, TEST_PASSWORD);
    const file = await workbookOf([[...IMPORT_HEADERS], row({ 姓名: '越权' })]);
    const res = await member.request({
      method: 'POST',
      url: '/api/members/import',
      ...uploadOf(file, 'a.xlsx'),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('template and export', () => {
  it('the template has the header row, a valid example and the committee names', async () => {
    const res = await staff.get('/api/members/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheets = await sheetsOf(res.rawPayload);
    expect(sheets.委员信息[0]).toEqual([...IMPORT_HEADERS]);
    expect(sheets.委员信息).toHaveLength(2);
    expect(sheets.委员信息[1][5]).toBe('教育界');
    const options = sheets.可选值;
    expect(options[0].slice(0, 3)).toEqual(['界别', '专门委员会', '联络组']);
    expect(options.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(['教育界', '经济界']));
    expect(options[1][1]).toBe('提案委员会');
    expect(options[1][2]).toBe('城关镇联络组');
  });

  it('the example row of the template imports as it is', async () => {
    const template = await staff.get('/api/members/import-template');
    const res = await upload(template.rawPayload);
    expect(res.json()).toEqual({ imported: 1 });
  });

  it('the export holds the filtered members with masked phones only', async () => {
    const res = await staff.get(`/api/members/export?sort=pinyin&sectorId=${w.sectorId}`);
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = (await sheetsOf(res.rawPayload)).委员名单;
    expect(header.slice(0, 13)).toEqual([...IMPORT_HEADERS]);
    const phoneCol = header.indexOf('手机号');
    const phones = rows.map((r) => r[phoneCol]).filter(Boolean);
    expect(phones).toContain('138****0001');
    expect(phones).toContain('133****0000');
    for (const p of phones) expect(p).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const idCol = header.indexOf('身份证号');
    for (const id of rows.map((r) => r[idCol]).filter(Boolean)) expect(id).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(rows.map((r) => r[0])).not.toContain('刘洋'); // 经济界, filtered out
    expect(rows.flat().some((cell) => /1\d{10}/.test(cell))).toBe(false);
  });
});
