import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client';
import { committees, members, proposals, sessions, users } from '../../server/db/schema';
import { backfillSearchVectors } from '../../server/modules/proposals/search';
import { DISTRICT_PLAN } from '../../server/seed/plans';
import { LATE_PARAPHRASES, LATE_ROUTING } from './late';
import { PARAPHRASES_A } from './paraphrases-a';
import { PARAPHRASES_B } from './paraphrases-b';
import { PARAPHRASES_C } from './paraphrases-c';
import { ROUTING_A } from './routing-a';
import { ROUTING_B } from './routing-b';
import type { BenchText } from './sets';

export const PARAPHRASE_GROUPS = [...PARAPHRASES_A, ...PARAPHRASES_B, ...PARAPHRASES_C];
export const ROUTING_CASES = [...ROUTING_A, ...ROUTING_B];
/** Written after the mechanism was fixed (late.ts), reported apart. */
export { LATE_PARAPHRASES, LATE_ROUTING };

/** Where the labelled proposals go: the demo district, a session before the seeded years. */
interface Place {
  committeeId: number;
  historySessionId: number;
  currentSessionId: number;
  memberId: number;
  userId: number;
}

async function place(db: Db): Promise<Place> {
  const [district] = await db.select().from(committees).where(eq(committees.name, DISTRICT_PLAN.name));
  const sessionOf = async (year: number) =>
    (
      await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.committeeId, district.id), eq(sessions.year, year)))
    )[0].id;
  const [member] = await db.select().from(members).where(eq(members.committeeId, district.id)).limit(1);
  const [staff] = await db.select().from(users).where(eq(users.username, 'staff'));
  return {
    committeeId: district.id,
    historySessionId: await sessionOf(2024),
    currentSessionId: await sessionOf(2026),
    memberId: member.id,
    userId: staff.id,
  };
}

const html = (text: string) => `<p>${text}</p>`;

/** A proposal row as a member writes it: the body is the 情况 part, the rest left empty. */
function row(p: Place, [title, body]: BenchText, status: string, sessionId: number, number: number | null) {
  return {
    committeeId: p.committeeId,
    sessionId,
    number,
    title,
    situationHtml: html(body),
    submitterKind: 'individual',
    leadMemberId: p.memberId,
    createdByUserId: p.userId,
    status,
    submittedAt: new Date('2024-01-10T02:00:00Z'),
    registeredAt: number === null ? null : new Date('2024-01-20T02:00:00Z'),
  };
}

export interface Loaded {
  committeeId: number;
  /** Per paraphrase group (the main ones, then the late ones): the anchor's proposal id. */
  anchors: number[];
  /** Per routing case (the main ones, then the late ones): the id of the new (submitted) proposal. */
  routing: number[];
}

/**
 * Writes the labelled sets into the demo district: every anchor and decoy as a handled proposal
 * of an earlier year (numbered, 已立案), every routing case as a newly submitted proposal; then
 * the search vectors (the code under test builds them) and the planner's statistics.
 */
export async function loadLabelledSets(db: Db): Promise<Loaded> {
  const p = await place(db);
  let number = 0;
  const insert = async (text: BenchText, status: string, sessionId: number, numbered: boolean) => {
    const values = row(p, text, status, sessionId, numbered ? ++number : null);
    const [r] = await db.insert(proposals).values(values).returning({ id: proposals.id });
    return r.id;
  };
  const anchors: number[] = [];
  for (const g of [...PARAPHRASE_GROUPS, ...LATE_PARAPHRASES]) {
    anchors.push(await insert(g.anchor, 'registered', p.historySessionId, true));
    for (const d of g.decoys) await insert(d, 'registered', p.historySessionId, true);
  }
  const routing: number[] = [];
  for (const c of [...ROUTING_CASES, ...LATE_ROUTING])
    routing.push(await insert(c.text, 'submitted', p.currentSessionId, false));
  await backfillSearchVectors(db);
  await db.execute(sql`analyze proposals`);
  return { committeeId: p.committeeId, anchors, routing };
}
