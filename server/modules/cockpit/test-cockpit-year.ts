import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import { login, type TestApp } from '../../test/app';
import { addDutyStaff, TEST_PASSWORD } from '../../test/factories';
import {
  expectOk,
  fileReport,
  issueSent,
  itemOf,
  type OpinionWorld,
  sentIssue,
} from '../opinion-reports/test-opinions';
import { constructedYear, smallCounty } from '../proposal-stats/stats-year';

/**
 * The year cockpit.test.ts reads, built by each module's own helpers and commands: the city's proposal
 * year of the statistics test (stats-year.ts: every proposal listed there), 社情民意 filed, adopted and
 * compiled through the API, two 批示 written and fed back through the API, and a county below the
 * city with two proposals.
 */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
/** The year of the test: this year, since 社情民意 and 批示 are filed now through the commands. */
export const YEAR = Number(today.slice(0, 4));

/** The city's year (committee ka), its county below (kb), and the city's proposal staff. */
export async function cockpitYear(t: TestApp) {
  /** The constructed sessions are 2025's: the test year's proposals belong to a session of YEAR. */
  const moveSession = async (sessionId: number) => {
    await t.ctx.handle.db.update(sessions).set({ year: YEAR }).where(eq(sessions.id, sessionId));
  };
  const city = await constructedYear(t, 'ka');
  await moveSession(city.pw.sessionId);
  const pw = city.pw;
  const staff = pw.c.staff;
  // 社情民意 in the same city: its editor and office, the world's members and leader.
  const as = async (duty: '社情民意信息' | '综合') =>
    login(t.app, await addDutyStaff(t.ctx, pw.w, duty), TEST_PASSWORD);
  const ow: OpinionWorld = {
    t,
    w: pw.w,
    m2MemberId: pw.member2,
    leader2Id: pw.w.leaderId,
    c: {
      editor: await as('社情民意信息'),
      office: await as('综合'),
      staff,
      m1: pw.c.lead,
      m2: pw.c.m2,
      leader: pw.c.leader,
      leader2: pw.c.leader,
      unit: pw.c.unit,
    },
  };
  // R1 adopted into a 专报 that is signed and sent (the one issue); R2 adopted, adopted by the
  // province; R3 only submitted.
  const issueId = await sentIssue(ow);
  const r2 = await fileReport(ow, 'm2', { title: '关于老旧小区加装电梯的建议' }, ['receive', 'adopt']);
  await fileReport(ow, 'm1', { title: '关于农村客运班线的情况反映' });
  const item2 = await itemOf(ow, r2);
  const issue2 = await issueSent(ow, item2, 'periodical');
  await expectOk(
    ow.c.editor.post(`/api/opinion-items/${item2}/adoptions`, {
      level: 'province',
      adoptedOn: today,
      evidence: '省政协《社情民意》第9期',
    }),
  );
  // 批示 A (市级: the city's own leader) to both units, due on 01-20: U1 feeds back now (late), U2
  // still owes it (overdue).
  const a = await expectOk(
    pw.c.leader.post('/api/instructions', {
      subjectType: 'bulletinIssue',
      subjectId: issueId,
      text: '请教育局、卫健局联合研究。',
      instructedOn: `${YEAR}-01-05`,
      dueOn: `${YEAR}-01-20`,
      unitIds: [city.u1, city.u2],
    }),
    201,
  );
  await expectOk(pw.c.unit.post(`/api/instructions/${a.id}/feedback`, { feedback: '已研究。' }));
  // 批示 B (省级, by a principal leader, given on paper and recorded by the editors) to U1 alone, due
  // at year end: U1 feeds back on time.
  const b = await expectOk(
    ow.c.editor.post('/api/instructions', {
      subjectType: 'bulletinIssue',
      subjectId: issue2,
      leaderName: '省委书记王某',
      level: 'province',
      principal: true,
      text: '请教育局抓好落实。',
      instructedOn: today,
      dueOn: `${YEAR}-12-31`,
      unitIds: [city.u1],
    }),
    201,
  );
  await expectOk(pw.c.unit.post(`/api/instructions/${b.id}/feedback`, { feedback: '已落实。' }));
  // County B below the city: one proposal replied A and rated 满意, one rejected.
  const county = await smallCounty(t, 'kb', pw.w.committeeId);
  await moveSession(county.sessionId);
  return { city, county, staff };
}
