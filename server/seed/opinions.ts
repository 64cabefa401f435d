import { eq } from 'drizzle-orm';
import type { Actor } from '../../domain/roles';
import { actorOfUsername } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import { opinionReports } from '../db/schema';
import { shanghaiDate } from '../lib/working-days';
import { recordAdoption } from '../modules/opinion-reports/commands/adoption';
import { createIssue, readIssue, sendIssue, signIssue } from '../modules/opinion-reports/commands/issue';
import { editItem } from '../modules/opinion-reports/commands/item';
import {
  adoptReport,
  createBodyReport,
  createReport,
  receiveReport,
  rejectReport,
  submitReport,
  withdrawReport,
} from '../modules/opinion-reports/commands/report';
import { sendItemUp } from '../modules/opinion-reports/commands/upward';
import { atTime } from '../platform/clock';
import { demoMember } from './accounts';
import type { SeededMember } from './members';
import { seedOpinionInstructions, seedProposalInstructions } from './opinions-instructions';
import { BODIES, MATTER_COUNT, REJECT_REASONS, reportText } from './opinions-texts';
import type { OrgRefs } from './org';

const DAY = 86_400_000;
/** The demo's "today" (as server/seed/consultations.ts): nothing is dated after it. */
export const OPINIONS_LAST = new Date('2026-12-01T09:00:00+08:00');
const FIRST_DAY = new Date('2026-01-05T00:00:00+08:00');

/** Reports filed in the year (a district's year, as the issue asks); the last PENDING are still with the editors. */
export const REPORTS = 400;
const PENDING = 8;
/** Issues of the year: every fifth a 专报 of one item, the others 《社情民意》 of four. */
export const ISSUES = 60;
/** Every fourth issue's first item goes up to the city: k = 0, 4 … 20. */
const UPWARD = 6;

/** Hours after midnight (Beijing) + days after `from`, never after the demo's today. */
const after = (from: Date, days: number, hour = 10) => {
  const midnight = new Date(`${shanghaiDate(from)}T00:00:00+08:00`).getTime();
  const at = new Date(midnight + days * DAY + hour * 3_600_000);
  return at > OPINIONS_LAST ? OPINIONS_LAST : at;
};

/**
 * What becomes of report i, decided by its place in a cycle of 20 (the plan test-demo-year.ts counts):
 * 0–11 adopted (11 merged into the item of the report before it, on the same matter), 12–16 and
 * 18–19 not adopted, 17 withdrawn before the editors took it up; the last 8 of the year are
 * still waiting (even: filed, odd: received).
 */
export function reportFate(i: number): 'adopt' | 'merge' | 'reject' | 'withdraw' | 'submitted' | 'received' {
  if (i >= REPORTS - PENDING) return i % 2 === 0 ? 'submitted' : 'received';
  const r = i % 20;
  if (r === 11) return 'merge';
  if (r <= 10) return 'adopt';
  if (r === 17) return 'withdraw';
  return 'reject';
}

/** Who files report i: every 20th (from 9) the demo 特邀信息员, every 25th (from 7) a body, every 50th (from 3) the demo member. */
function reporterOf(i: number): 'informant' | 'body' | 'demoMember' | 'member' {
  if (i % 20 === 9) return 'informant';
  if (i % 25 === 7) return 'body';
  if (i % 50 === 3) return 'demoMember';
  return 'member';
}

interface World {
  db: Db;
  org: OrgRefs;
  city: OrgRefs;
  editor: Actor;
  office: Actor;
  member: Actor;
  informant: Actor;
  serving: SeededMember[];
  demo: SeededMember;
}

/** An item the editors made, and the time its last report was taken up. */
interface Item {
  id: number;
  readyAt: Date;
}

function actorFor(w: World, i: number): Actor {
  const who = reporterOf(i);
  if (who === 'informant') return w.informant;
  if (who === 'body') return w.editor;
  // The `member` account stands in for members without one (as consultations.ts does for units).
  const m = who === 'demoMember' ? w.demo : w.serving[(i * 37) % w.serving.length];
  return { ...w.member, memberId: m.id, displayName: m.name };
}

/** Report i: filed, then what the editors did with it (reportFate); a new item joins `items`, a merge makes its item ready later. */
async function fileOne(w: World, i: number, items: Item[]): Promise<void> {
  const fate = reportFate(i);
  // The report merged into the one before it is on the same matter in the same place.
  const k = fate === 'merge' ? i - 1 : i;
  const text = {
    ...reportText(k % MATTER_COUNT, Math.floor(k / MATTER_COUNT), i + Math.floor(i / MATTER_COUNT)),
    urgency: i % 40 === 13 ? ('urgent' as const) : ('normal' as const),
  };
  const filedAt = after(FIRST_DAY, Math.floor((i * 327) / REPORTS), 8 + (i % 13));
  const actor = actorFor(w, i);
  const draft = await atTime(filedAt, () =>
    reporterOf(i) === 'body'
      ? createBodyReport(w.db, actor, {
          ...text,
          bodyKind: BODIES[i % BODIES.length][0],
          bodyName: BODIES[i % BODIES.length][1],
        })
      : createReport(w.db, actor, text),
  );
  const id = draft.id;
  await atTime(filedAt, () => submitReport(w.db, actor, id, {}));
  if (fate === 'submitted') return;
  if (fate === 'withdraw') {
    await atTime(after(filedAt, 0, 22), () =>
      withdrawReport(w.db, actor, id, { note: '情况已有变化，撤回重新核实' }),
    );
    return;
  }
  await atTime(after(filedAt, 1, 9), () => receiveReport(w.db, w.editor, id, {}));
  if (fate === 'received') return;
  const decidedAt = after(filedAt, 3, 15);
  if (fate === 'reject') {
    const reason = REJECT_REASONS[i % REJECT_REASONS.length];
    await atTime(decidedAt, () => rejectReport(w.db, w.editor, id, { reason }));
    return;
  }
  const into = fate === 'merge' ? items[items.length - 1] : undefined;
  const row = await atTime(decidedAt, () => adoptReport(w.db, w.editor, id, { itemId: into?.id }));
  if (into) {
    into.readyAt = decidedAt;
    return;
  }
  items.push({ id: row.itemId!, readyAt: decidedAt });
  // Every tenth item the editors rewrite (the reporter's text stays beside it): tighter, 建议 set apart.
  if (i % 10 !== 0) return;
  const body = `${text.situation}\n\n${text.analysis}\n\n【建议】${text.recommendation.replace(/^建议/, '')}`;
  await atTime(after(decidedAt, 0, 17), () =>
    editItem(w.db, w.editor, row.itemId!, { title: text.title, body }),
  );
}

/** An issue compiled, signed, sent: the dates it went through and its items. */
export interface SeededIssue {
  id: number;
  kind: 'periodical' | 'special';
  itemIds: number[];
  sentAt: Date | null;
}

/**
 * Issue k (0-based) takes the next items in the order they were ready: every fifth (k = 4, 9 …) a
 * 专报 of one item, the others four. The last is left a draft awaiting sign-off, the one before it
 * signed but not yet sent; the leader (区委书记) reads every sent issue but the last two.
 */
async function compile(w: World, items: Item[], leaderIds: number[]): Promise<SeededIssue[]> {
  const issues: SeededIssue[] = [];
  let next = 0;
  for (let k = 0; k < ISSUES; k++) {
    const kind = k % 5 === 4 ? 'special' : 'periodical';
    const taken = items.slice(next, next + (kind === 'special' ? 1 : 4));
    next += taken.length;
    const ready = taken[taken.length - 1].readyAt;
    const itemIds = taken.map((t) => t.id);
    const issue = await atTime(after(ready, 1, 10), () =>
      createIssue(w.db, w.editor, {
        kind,
        itemIds,
        leaderIds: kind === 'special' ? leaderIds.slice(0, 2) : leaderIds,
        copyTo: '区政协各位主席、副主席，各专门委员会',
      }),
    );
    const seeded: SeededIssue = { id: issue.id, kind, itemIds, sentAt: null };
    issues.push(seeded);
    if (k === ISSUES - 1) break;
    await atTime(after(ready, 2, 11), () => signIssue(w.db, w.office, issue.id, {}));
    if (k === ISSUES - 2) break;
    seeded.sentAt = after(ready, 2, 16);
    await atTime(seeded.sentAt, () => sendIssue(w.db, w.editor, issue.id, {}));
  }
  return issues;
}

async function readByLeader(db: Db, leader: Actor, issues: SeededIssue[]) {
  const sent = issues.filter((i) => i.sentAt !== null);
  for (const i of sent.slice(0, -2)) await atTime(after(i.sentAt!, 1, 9), () => readIssue(db, leader, i.id));
}

/**
 * 纵向联通: the first item of every fourth issue (k = 0, 4 … 20) goes up to 海川市政协 once sent.
 * The city's editors take up u = 0–3 of the 6 (u = 3 not adopted), leave u = 4 received and u = 5
 * unopened; its adopted ones go three to an issue, which its office signs and its editors
 * send to the city's leaders: the district's items then read 市政协采用. Returns the district
 * items the city adopted.
 */
async function upward(w: World, issues: SeededIssue[]): Promise<number[]> {
  const cityEditor = await actorOfUsername(w.db, 'cityeditor');
  const cityOffice = await actorOfUsername(w.db, 'cityoffice');
  const adopted: { source: number; item: number; at: Date }[] = [];
  for (let u = 0; u < UPWARD; u++) {
    const issue = issues[u * 4];
    const source = issue.itemIds[0];
    const upAt = after(issue.sentAt!, 1, 10);
    await atTime(upAt, () => sendItemUp(w.db, w.editor, source, {}));
    const [report] = await w.db
      .select({ id: opinionReports.id })
      .from(opinionReports)
      .where(eq(opinionReports.sourceItemId, source));
    if (u === UPWARD - 1) continue;
    await atTime(after(upAt, 2, 9), () => receiveReport(w.db, cityEditor, report.id, {}));
    if (u >= UPWARD - 2) continue;
    const decidedAt = after(upAt, 4, 15);
    if (u % 4 === 3) {
      await atTime(decidedAt, () =>
        rejectReport(w.db, cityEditor, report.id, { reason: '全市面上情况尚不突出，暂不编发。' }),
      );
      continue;
    }
    const row = await atTime(decidedAt, () => adoptReport(w.db, cityEditor, report.id, {}));
    adopted.push({ source, item: row.itemId!, at: decidedAt });
  }
  const cityLeaders = w.city.leaders.map((l) => l.id);
  for (let g = 0; g < adopted.length; g += 3) {
    const group = adopted.slice(g, g + 3);
    const ready = group[group.length - 1].at;
    const issue = await atTime(after(ready, 1, 10), () =>
      createIssue(w.db, cityEditor, {
        kind: 'periodical',
        itemIds: group.map((a) => a.item),
        leaderIds: cityLeaders,
        copyTo: '各区政协',
      }),
    );
    await atTime(after(ready, 2, 11), () => signIssue(w.db, cityOffice, issue.id, {}));
    await atTime(after(ready, 2, 16), () => sendIssue(w.db, cityEditor, issue.id, {}));
  }
  return adopted.map((a) => a.source);
}

/**
 * Adoption beyond the platform, recorded by hand with its evidence: 省政协 took two of the items
 * the city adopted (the 1st and 3rd) and the 专报 item of issue 9; 全国政协 the first the city
 * adopted and the 专报 item of issue 14.
 */
async function higherLevels(w: World, issues: SeededIssue[], cityAdopted: number[]) {
  const record = (itemId: number, level: 'province' | 'national', n: number, sentAt: Date) =>
    atTime(after(sentAt, 45 + n, 10), () =>
      recordAdoption(w.db, w.editor, itemId, {
        level,
        adoptedOn: shanghaiDate(after(sentAt, 45 + n, 10)),
        evidence:
          level === 'province'
            ? `省政协《社情民意》2026年第${12 + n * 7}期`
            : `全国政协《社情民意信息》2026年第${300 + n * 41}期`,
      }),
    );
  const sentOf = (itemId: number) => issues.find((i) => i.itemIds.includes(itemId))!.sentAt!;
  const province = [cityAdopted[0], cityAdopted[2], issues[9].itemIds[0]];
  for (const [n, itemId] of province.entries()) await record(itemId, 'province', n, sentOf(itemId));
  const national = [cityAdopted[0], issues[14].itemIds[0]];
  for (const [n, itemId] of national.entries()) await record(itemId, 'national', n + 15, sentOf(itemId));
}

/**
 * The demo district's 社情民意 year, through the commands at their historical times: 400 reports
 * from members, the demo 特邀信息员 and bodies filed for by the editors (研究室), 60 issues
 * compiled by the editors and signed by the office, 6 items sent up to 海川市政协 (3 adopted there
 * into a city issue), adoptions recorded by 省政协 and 全国政协, and 12 批示 with their feedback in
 * every state, with two more on key proposals (server/seed/opinions-instructions.ts).
 */
export async function seedOpinions(tx: Tx, org: OrgRefs, city: OrgRefs, members: SeededMember[]) {
  const db: Db = tx;
  const w: World = {
    db,
    org,
    city,
    editor: await actorOfUsername(db, 'editor'),
    office: await actorOfUsername(db, 'office'),
    member: await actorOfUsername(db, 'member'),
    informant: await actorOfUsername(db, 'informant'),
    serving: members.filter((m) => m.status === 'active'),
    demo: demoMember(members),
  };
  const items: Item[] = [];
  for (let i = 0; i < REPORTS; i++) await fileOne(w, i, items);
  // Two drafts the demo member has not sent yet, one of another member's.
  for (const [n, m] of [w.demo, w.demo, w.serving[5]].entries()) {
    const actor = { ...w.member, memberId: m.id, displayName: m.name };
    await atTime(after(OPINIONS_LAST, -3 + n, 20), () =>
      createReport(db, actor, { ...reportText(n * 7, n, 1), urgency: 'normal' }),
    );
  }
  items.sort((a, b) => a.readyAt.getTime() - b.readyAt.getTime());
  // 区委书记, 区长, and the 副区长 for 教育卫生 and for 城建交通: the periodical's 报送 line.
  const leaderIds = [org.leaders[0].id, org.leaders[1].id, org.leaders[8].id, org.leaders[9].id];
  const issues = await compile(w, items, leaderIds);
  await readByLeader(db, await actorOfUsername(db, 'leader'), issues);
  const cityAdopted = await upward(w, issues);
  await higherLevels(w, issues, cityAdopted);
  await seedOpinionInstructions(db, org, city, issues, OPINIONS_LAST);
  await seedProposalInstructions(db, org, city);
  return { reports: REPORTS, issues: issues.length };
}
