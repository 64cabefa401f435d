import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../domain/roles';
import {
  committees,
  handlingUnits,
  leaders,
  memberActivityGroups,
  memberLinks,
  members,
  notificationPreferences,
  sectors,
  sessions,
  terms,
  users,
} from '../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../test/app';
import { type BadInputCase, runBadInput } from '../test/bad-input';
import { addPlenarySession, createWorld, TEST_PASSWORD, type World } from '../test/factories';
import { type Catalogues, insertMember, seedCatalogues, validIdNumber } from './members/fixtures';

/**
 * Bad input on every write of the foundation (organisation, members, 联系制度, accounts, password):
 * malformed JSON, a body that is not an object, a wrong type, a missing field and an over-long
 * text are each a 400 that names the field in Chinese, and nothing in the database changes.
 */
let t: TestApp;
let w: World;
let cat: Catalogues;
let ids: { termId: number; linkerId: number; linkedId: number; auditorUserId: number };
const as = {} as Record<Role, Client>;

const CASES: BadInputCase[] = [
  {
    what: '新增界别',
    role: 'sysadmin',
    method: 'POST',
    url: () => '/api/org/sectors',
    valid: () => ({ name: '新界别' }),
    wrongType: ['sortOrder', 'abc'],
    missing: 'name',
    tooLong: ['note', 500],
    table: sectors,
  },
  {
    what: '修改界别',
    role: 'sysadmin',
    method: 'PUT',
    url: () => `/api/org/sectors/${w.sectorId}`,
    valid: () => ({ name: '改名界别' }),
    wrongType: ['name', 5],
    tooLong: ['name', 100],
    table: sectors,
  },
  {
    what: '新建下级委员会',
    role: 'sysadmin',
    method: 'POST',
    url: () => '/api/org/committees',
    valid: () => ({ name: '下级政协', level: 'county' }),
    wrongType: ['level', 3],
    missing: 'name',
    tooLong: ['region', 50],
    table: committees,
  },
  {
    what: '新增届次',
    role: 'sysadmin',
    method: 'POST',
    url: () => '/api/org/terms',
    valid: () => ({ ordinal: 12, startDate: '2027-01-01', endDate: '2031-12-31' }),
    wrongType: ['ordinal', '十二'],
    missing: 'startDate',
    tooLong: ['name', 30],
    table: terms,
  },
  {
    what: '新增会议',
    role: 'sysadmin',
    method: 'POST',
    url: () => '/api/org/sessions',
    valid: () => ({ termId: ids.termId, ordinal: 1, year: 2027 }),
    wrongType: ['year', '二〇二七'],
    missing: 'termId',
    tooLong: ['name', 50],
    table: sessions,
  },
  {
    what: '新增承办单位',
    role: 'staff',
    method: 'POST',
    url: () => '/api/org/handling-units',
    valid: () => ({ name: '区水务局', kind: '政府部门' }),
    wrongType: ['kind', 3],
    missing: 'kind',
    tooLong: ['contactName', 50],
    table: handlingUnits,
  },
  {
    what: '新增党政领导',
    role: 'staff',
    method: 'POST',
    url: () => '/api/org/leaders',
    valid: () => ({ name: '王某', title: '副区长', level: '县处级', organisation: '区政府' }),
    wrongType: ['title', ['副区长']],
    missing: 'title',
    tooLong: ['organisation', 100],
    table: leaders,
  },
  {
    what: '新增委员',
    role: 'staff',
    method: 'POST',
    url: () => '/api/members',
    valid: () => ({
      name: '李明',
      gender: '男',
      birthDate: '1975-03-08',
      sectorId: cat.sectorId,
      position: '委员',
      phone: '13912345678',
      idNumber: validIdNumber('19750308', 12),
    }),
    wrongType: ['sectorId', '教育界'],
    missing: 'gender',
    tooLong: ['employer', 100],
    table: members,
    labels: { name: '姓名' },
  },
  {
    what: '修改委员',
    role: 'staff',
    method: 'PUT',
    url: () => `/api/members/${w.memberId}`,
    valid: () => ({ jobTitle: '校长' }),
    wrongType: ['officialOrder', 'first'],
    tooLong: ['jobTitle', 100],
    table: members,
  },
  {
    what: '委员退出',
    role: 'staff',
    method: 'POST',
    url: () => `/api/members/${w.memberId}/leave`,
    valid: () => ({ leftDate: '2026-01-05', leftReason: '工作调动' }),
    wrongType: ['leftDate', 20260105],
    missing: 'leftReason',
    tooLong: ['leftReason', 200],
    table: members,
  },
  {
    what: '设置活动组',
    role: 'staff',
    method: 'PUT',
    url: () => `/api/members/${w.memberId}/activity-groups`,
    valid: () => ({ activityGroupIds: cat.activityGroupIds }),
    wrongType: ['activityGroupIds', '1,2'],
    missing: 'activityGroupIds',
    table: memberActivityGroups,
  },
  {
    what: '新增联系',
    role: 'staff',
    method: 'POST',
    url: () => '/api/member-links',
    valid: () => ({ linkerId: ids.linkerId, linkedId: ids.linkedId }),
    wrongType: ['linkerId', '张三'],
    missing: 'linkedId',
    table: memberLinks,
  },
  {
    what: '新建账号',
    role: 'secadmin',
    method: 'POST',
    url: () => '/api/accounts',
    valid: () => ({ username: 'new_user1', displayName: '新用户', role: 'auditor' }),
    wrongType: ['role', 7],
    missing: 'displayName',
    tooLong: ['displayName', 50],
    table: users,
  },
  {
    what: '修改账号',
    role: 'secadmin',
    method: 'PUT',
    url: () => `/api/accounts/${ids.auditorUserId}`,
    valid: () => ({ displayName: '改名' }),
    wrongType: ['canViewSensitive', 'yes'],
    tooLong: ['displayName', 50],
    table: users,
  },
  {
    what: '修改密码',
    role: 'staff',
    method: 'POST',
    url: () => '/api/auth/change-password',
    valid: () => ({ oldPassword: TEST_PASSWORD, newPassword: 'New@Pass2026x' }),
    wrongType: ['newPassword', 12345678],
    missing: 'oldPassword',
    tooLong: ['newPassword', 128],
    table: users,
  },
  {
    what: '设置显示偏好',
    role: 'staff',
    method: 'PUT',
    url: () => '/api/auth/preferences',
    valid: () => ({ textScale: 125 }),
    wrongType: ['textScale', '大字'],
    missing: 'textScale',
    table: users,
  },
  {
    what: '设置通知方式',
    role: 'staff',
    method: 'PUT',
    url: () => '/api/notifications/preferences/proposal',
    valid: () => ({ mode: 'daily' }),
    wrongType: ['mode', 5],
    missing: 'mode',
    table: notificationPreferences,
    labels: { mode: '通知方式' },
  },
];

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'bad');
  cat = await seedCatalogues(t.ctx, w.committeeId, w.sectorId);
  for (const role of ['sysadmin', 'secadmin', 'staff'] as const) {
    as[role] = await login(t.app, w.users[role], TEST_PASSWORD);
  }
  const db = t.ctx.handle.db;
  const { termId } = await addPlenarySession(t.ctx, w.committeeId);
  const linkerId = await insertMember(t.ctx, w.committeeId, {
    name: '常委甲',
    position: '常委',
    sectorId: w.sectorId,
  });
  const linkedId = await insertMember(t.ctx, w.committeeId, {
    name: '委员乙',
    position: '委员',
    sectorId: w.sectorId,
  });
  const auditor = (await db.select().from(users)).find((u) => u.username === w.users.auditor);
  ids = { termId, linkerId, linkedId, auditorUserId: auditor!.id };
});
afterAll(() => t.close());

runBadInput(CASES, () => ({ t, as }));
