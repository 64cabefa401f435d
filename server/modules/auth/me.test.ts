import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Abilities } from '../../../domain/abilities';
import { members } from '../../db/schema';
import { todoListSchema } from '../../platform/todos';
import { createTestApp, login, type TestApp } from '../../test/app';
import { addDutyStaff, createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import { draftBy, proposalWorld, submittedProposal } from '../proposals/test-world';
import { meSchema } from './me';

let t: TestApp;
let w: World;
let organiser: string;
let editor: string;
let office: string;
beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t.ctx, 'me');
  organiser = await addDutyStaff(t.ctx, w, '委员工作');
  editor = await addDutyStaff(t.ctx, w, '社情民意信息');
  office = await addDutyStaff(t.ctx, w, '综合');
});
afterAll(() => t.close());

const none: Abilities = {
  manageOrg: false,
  manageAccounts: false,
  readAudit: false,
  manageMembers: false,
  readDirectory: false,
  exportRoster: false,
  browseOrg: false,
  viewSensitive: false,
  handleProposals: false,
  reviewProposals: false,
  compileProposals: false,
  organiseMeetings: false,
  superviseHandling: false,
  leadKeyProposals: false,
  handleOpinions: false,
  signIssues: false,
  organiseConsultation: false,
};

/** What any staff member may do whatever their department's duty. */
const staffBase: Partial<Abilities> = {
  manageMembers: true,
  readDirectory: true,
  exportRoster: true,
  browseOrg: true,
  compileProposals: true,
  superviseHandling: true,
};

/** What each account may do, stated by hand (the world's staff work in a 提案工作 department, with 敏感信息 rights). */
const expected = (): [string, Partial<Abilities>][] => [
  [w.users.sysadmin, { manageOrg: true, readDirectory: true, exportRoster: true, browseOrg: true }],
  [w.users.secadmin, { manageAccounts: true }],
  [w.users.auditor, { readAudit: true }],
  [
    w.users.staff,
    {
      manageMembers: true,
      readDirectory: true,
      exportRoster: true,
      browseOrg: true,
      viewSensitive: true,
      handleProposals: true,
      compileProposals: true,
      superviseHandling: true,
    },
  ],
  [
    organiser,
    {
      manageMembers: true,
      readDirectory: true,
      exportRoster: true,
      browseOrg: true,
      compileProposals: true,
      organiseMeetings: true,
      superviseHandling: true,
    },
  ],
  [editor, { ...staffBase, handleOpinions: true }],
  [office, { ...staffBase, organiseMeetings: true, signIssues: true, organiseConsultation: true }],
  [w.users.member, { readDirectory: true }],
  [w.users.unit, { readDirectory: true }],
  [w.users.leader, { readDirectory: true, exportRoster: true, leadKeyProposals: true }],
];

describe('GET /api/auth/me and /api/todos as the web reads them', () => {
  it('answers every account with its role, committee and exactly its abilities', async () => {
    for (const [username, granted] of expected()) {
      const c = await login(t.app, username, TEST_PASSWORD);
      const res = await c.get('/api/auth/me');
      expect(res.statusCode, res.body).toBe(200);
      const me = meSchema.parse(res.json());
      expect(me, username).toMatchObject({ username, committeeId: w.committeeId, textScale: 100 });
      expect(me.csrfToken).toBe(c.headers['x-csrf-token']);
      expect(me.abilities, username).toEqual({ ...none, ...granted });
      const todos = await c.get('/api/todos');
      expect(todos.statusCode, todos.body).toBe(200);
      expect(todoListSchema.parse(todos.json()).items).toBeInstanceOf(Array);
    }
  });

  const abilitiesOf = async (username: string) => {
    const res = await (await login(t.app, username, TEST_PASSWORD)).get('/api/auth/me');
    return meSchema.parse(res.json()).abilities;
  };

  it('offers 待审查 and 待交办 only once the committee receives proposals (a higher committee that only reads its districts has none)', async () => {
    const pw = await proposalWorld(t, 'me-review');
    const staff = pw.w.users.staff;
    expect(await abilitiesOf(staff)).toMatchObject({ handleProposals: true, reviewProposals: false });
    // A member's draft is no proposal received yet.
    await draftBy(pw, pw.c.lead);
    expect((await abilitiesOf(staff)).reviewProposals).toBe(false);
    await submittedProposal(pw);
    expect(await abilitiesOf(staff)).toMatchObject({ handleProposals: true, reviewProposals: true });
  });

  it('lets a 主席 or 副主席 of the roster lead key proposals, not another member', async () => {
    const chair = await createWorld(t.ctx, 'me-chair');
    const member = chair.users.member;
    expect((await abilitiesOf(member)).leadKeyProposals).toBe(false);
    for (const position of ['副主席', '主席']) {
      await t.ctx.handle.db.update(members).set({ position }).where(eq(members.id, chair.memberId));
      expect((await abilitiesOf(member)).leadKeyProposals, position).toBe(true);
    }
    await t.ctx.handle.db.update(members).set({ position: '常委' }).where(eq(members.id, chair.memberId));
    expect((await abilitiesOf(member)).leadKeyProposals).toBe(false);
  });
});
