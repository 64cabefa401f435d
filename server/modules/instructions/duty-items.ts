import { sql } from 'drizzle-orm';
import { INSTRUCTION_DUTY_KINDS } from '../../../domain/duty-kinds';
import type { DbOrTx } from '../../db/client';
import { type CollectedItem, type DutyScope, type DutySource, rowsOf } from '../../platform/duty-items';

interface Row {
  member_id: number;
  id: number;
  level: string;
  leader_name: string;
  day: string;
  doc_type: string;
  doc_id: number;
  doc_title: string;
}

/**
 * 批示 of the year on a member's own document: a 社情民意 item credits every reporter whose report
 * it carries (evidence: their report), a proposal its lead member. A 批示 on a whole issue names
 * no one member's work and is not counted.
 */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const member = (col: ReturnType<typeof sql>) =>
    scope.memberId === undefined ? sql`` : sql`and ${col} = ${scope.memberId}`;
  const rows = await rowsOf<Row>(
    db,
    sql`select r.reporter_member_id as member_id, i.id, i.level, i.leader_name, i.instructed_on::text as day,
        'opinionReport' as doc_type, r.id as doc_id, r.title as doc_title
      from instructions i join opinion_reports r on r.item_id = i.subject_id
      where i.subject_type = 'opinionItem' and i.committee_id = ${scope.committeeId} ${member(sql`r.reporter_member_id`)}
        and i.instructed_on >= ${`${scope.year}-01-01`} and i.instructed_on <= ${`${scope.year}-12-31`}
    union all
    select p.lead_member_id, i.id, i.level, i.leader_name, i.instructed_on::text,
        'proposal', p.id, p.title
      from instructions i join proposals p on p.id = i.subject_id
      where i.subject_type = 'proposal' and i.committee_id = ${scope.committeeId} and p.lead_member_id is not null
        ${member(sql`p.lead_member_id`)}
        and i.instructed_on >= ${`${scope.year}-01-01`} and i.instructed_on <= ${`${scope.year}-12-31`}`,
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    key: `instruction:${r.id}`,
    kind: `instruction.${r.level}`,
    date: r.day,
    evidence: {
      type: r.doc_type,
      id: r.doc_id,
      title: `${r.leader_name}批示《${r.doc_title}》`,
      link: r.doc_type === 'proposal' ? `/proposals/${r.doc_id}` : `/opinions/${r.doc_id}`,
    },
  }));
}

/** 批示 in the duty archive. */
export const INSTRUCTION_DUTY_SOURCE: DutySource = { module: '批示', kinds: INSTRUCTION_DUTY_KINDS, collect };
