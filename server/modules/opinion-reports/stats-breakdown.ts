import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { REPORTER_KIND_LABELS, type ReporterKind } from '../../../domain/opinion-reports';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { responseFor } from '../../http/response';
import type { XlsxColumn } from '../../lib/xlsx';
import { readScopeIds } from '../../platform/scope';

/** The committees as an int[] literal (integers only). */
function idArray(ids: number[]) {
  if (!ids.every(Number.isSafeInteger)) throw new Error('committee ids must be integers');
  return sql.raw(`'{${ids.join(',')}}'::int[]`);
}

/** 批示 counted for a report: those on its item, and those on the issue that carried it. */
const onReport = (x: ReturnType<typeof sql>) =>
  sql`((${x}.subject_type = 'opinionItem' and ${x}.subject_id = f.item_id)
    or (${x}.subject_type = 'bulletinIssue' and ${x}.subject_id = f.issue_id))`;

/** The label of a group without a name: reports of no sector or liaison group form one row. */
const UNNAMED: Record<RawRow['dim'], string> = {
  kind: '',
  sector: '未注明界别',
  committee: '',
  liaison: '未编入联络组',
  reporter: '',
};

/** One group's figures: the seeds' "编印…X篇，被全国、省政协录用X篇，领导批示X人次". */
const rowSchema = z.object({
  key: z.string(),
  label: z.string(),
  received: z.number(),
  adopted: z.number(),
  national: z.number(),
  province: z.number(),
  city: z.number(),
  issues: z.number(),
  instructions: z.number(),
  merged: z.number(),
  instructionsNational: z.number(),
  instructionsProvince: z.number(),
  instructionsCity: z.number(),
  instructionsCounty: z.number(),
  principal: z.number(),
  feedbackGiven: z.number(),
  feedbackOnTime: z.number(),
});
type BreakdownRow = z.infer<typeof rowSchema>;

/** A row as the statement returns it: the dimension it groups by, key and label possibly null. */
interface RawRow extends Omit<BreakdownRow, 'key' | 'label'> {
  dim: 'kind' | 'sector' | 'committee' | 'liaison' | 'reporter';
  key: string | null;
  label: string | null;
}

/**
 * A year's filed reports in the caller's scope (Beijing year of filing, as the headline figures)
 * broken down by reporter kind, by sector (a member's, or the body's/informant's own) and by the
 * committee where each was filed (the caller's own and each committee below it), by liaison group
 * (a member's, or the group's own when filed in its name) and by reporter (a member, an informant,
 * or a body or lower committee by the name filed). Per group:
 * received, taken up (采用), merged into an item an earlier report made (并案), adopted by the national,
 * province and city CPPCC (the level recorded on the report's item, by hand or from the parent's issue),
 * distinct issues signed that carry them, and 批示 人次 (批示 on the report's item or on the issue
 * carrying it, once per report) by level and by 主要领导, with their units' feedback given and on time.
 * One statement: GROUPING SETS over the five dimensions.
 */
export async function opinionBreakdown(db: DbOrTx, actor: Actor, year: number) {
  const scope = idArray(await readScopeIds(db, actor));
  const res = (await db.execute(sql`
    with filed as (
      select r.id, r.committee_id, r.reporter_kind, r.status, r.item_id,
        coalesce(m.sector_id, r.sector_id) as sector_id, i.issue_id,
        coalesce(m.liaison_group_id, r.liaison_group_id) as liaison_group_id,
        case when r.reporter_member_id is not null then 'member:' || r.reporter_member_id
             when r.informant_id is not null then 'informant:' || r.informant_id
             else 'name:' || coalesce(r.reporter_name, '') end as reporter_key,
        coalesce(m.name, r.reporter_name, '') as reporter_label
      from opinion_reports r
      left join members m on m.id = r.reporter_member_id
      left join opinion_items i on i.id = r.item_id
      where r.committee_id = any(${scope}) and r.status <> 'draft'
        and extract(year from r.submitted_at at time zone 'Asia/Shanghai')::int = ${year}
    ), facts as (
      select f.*,
        exists (select 1 from opinion_adoptions a where a.item_id = f.item_id and a.level = 'national') as nat,
        exists (select 1 from opinion_adoptions a where a.item_id = f.item_id and a.level = 'province') as prov,
        exists (select 1 from opinion_adoptions a where a.item_id = f.item_id and a.level = 'city') as cit,
        (select b.id from bulletin_issues b where b.id = f.issue_id and b.number is not null) as signed_issue,
        f.item_id is not null and exists (select 1 from opinion_reports o where o.item_id = f.item_id and o.id < f.id)
          as merged,
        x.*, fb.*
      from filed f
      cross join lateral (select count(*)::int as instr,
          count(*) filter (where level = 'national')::int as instr_national,
          count(*) filter (where level = 'province')::int as instr_province,
          count(*) filter (where level = 'city')::int as instr_city,
          count(*) filter (where level = 'county')::int as instr_county,
          count(*) filter (where principal)::int as instr_principal
        from instructions where ${onReport(sql`instructions`)}) x
      cross join lateral (select count(u.fed_back_at)::int as fed_back,
          count(*) filter (where (u.fed_back_at at time zone 'Asia/Shanghai')::date <= i.due_on)::int as fed_on_time
        from instructions i join instruction_units u on u.instruction_id = i.id where ${onReport(sql`i`)}) fb
    )
    select * from (select
      case when grouping(reporter_kind) = 0 then 'kind' when grouping(sector_id) = 0 then 'sector'
           when grouping(committee_id) = 0 then 'committee' when grouping(liaison_group_id) = 0 then 'liaison'
           else 'reporter' end as dim,
      case when grouping(reporter_kind) = 0 then reporter_kind when grouping(sector_id) = 0 then sector_id::text
           when grouping(committee_id) = 0 then committee_id::text
           when grouping(liaison_group_id) = 0 then liaison_group_id::text else reporter_key end as key,
      case when grouping(sector_id) = 0 then (select s.name from sectors s where s.id = sector_id)
           when grouping(committee_id) = 0 then (select c.name from committees c where c.id = committee_id)
           when grouping(liaison_group_id) = 0 then (select g.name from liaison_groups g where g.id = liaison_group_id)
           when grouping(reporter_key) = 0 then reporter_label end as label,
      count(*)::int as received,
      count(*) filter (where status = 'adopted')::int as adopted,
      count(*) filter (where nat)::int as national,
      count(*) filter (where prov)::int as province,
      count(*) filter (where cit)::int as city,
      count(distinct signed_issue)::int as issues,
      coalesce(sum(instr), 0)::int as instructions,
      count(*) filter (where merged)::int as merged,
      coalesce(sum(instr_national), 0)::int as "instructionsNational",
      coalesce(sum(instr_province), 0)::int as "instructionsProvince",
      coalesce(sum(instr_city), 0)::int as "instructionsCity",
      coalesce(sum(instr_county), 0)::int as "instructionsCounty",
      coalesce(sum(instr_principal), 0)::int as principal,
      coalesce(sum(fed_back), 0)::int as "feedbackGiven",
      coalesce(sum(fed_on_time), 0)::int as "feedbackOnTime"
    from facts
    group by grouping sets ((reporter_kind), (sector_id), (committee_id), (liaison_group_id),
      (reporter_key, reporter_label))) groups
    -- Names in code-point order, the same on every server whatever its collation.
    order by dim, received desc, label collate "C", key
  `)) as unknown as { rows: RawRow[] };
  const of = (dim: RawRow['dim']) =>
    res.rows
      .filter((r) => r.dim === dim)
      .map(({ dim: d, key, label, ...figures }) => ({
        key: key ?? '',
        label: d === 'kind' ? REPORTER_KIND_LABELS[key as ReporterKind] : (label ?? UNNAMED[d]),
        ...figures,
      }));
  return {
    year,
    byReporterKind: of('kind'),
    bySector: of('sector'),
    byCommittee: of('committee'),
    byLiaisonGroup: of('liaison'),
    byReporter: of('reporter'),
  };
}

export const breakdownSchema = responseFor<Awaited<ReturnType<typeof opinionBreakdown>>>()(
  z.object({
    year: z.number(),
    byReporterKind: z.array(rowSchema),
    bySector: z.array(rowSchema),
    byCommittee: z.array(rowSchema),
    byLiaisonGroup: z.array(rowSchema),
    byReporter: z.array(rowSchema),
  }),
);

/** The export's rows: every group, the dimension named in the first column. */
export function breakdownRows(b: Awaited<ReturnType<typeof opinionBreakdown>>) {
  return [
    ...b.byReporterKind.map((r) => ({ dim: '报送人类别', ...r })),
    ...b.bySector.map((r) => ({ dim: '界别', ...r })),
    ...b.byCommittee.map((r) => ({ dim: '政协', ...r })),
    ...b.byLiaisonGroup.map((r) => ({ dim: '联络组', ...r })),
    ...b.byReporter.map((r) => ({ dim: '报送人', ...r })),
  ];
}

export const BREAKDOWN_COLUMNS: XlsxColumn<ReturnType<typeof breakdownRows>[number]>[] = [
  { header: '分组', width: 12, value: (r) => r.dim },
  { header: '名称', width: 22, value: (r) => r.label },
  { header: '收到', value: (r) => r.received },
  { header: '采用', value: (r) => r.adopted },
  { header: '全国政协采用', width: 14, value: (r) => r.national },
  { header: '省政协采用', width: 12, value: (r) => r.province },
  { header: '市政协采用', width: 12, value: (r) => r.city },
  { header: '编入期数', value: (r) => r.issues },
  { header: '批示人次', value: (r) => r.instructions },
  { header: '全国领导批示', width: 12, value: (r) => r.instructionsNational },
  { header: '省级领导批示', width: 12, value: (r) => r.instructionsProvince },
  { header: '市级领导批示', width: 12, value: (r) => r.instructionsCity },
  { header: '县（区）级领导批示', width: 16, value: (r) => r.instructionsCounty },
  { header: '主要领导批示', width: 12, value: (r) => r.principal },
  { header: '并案', value: (r) => r.merged },
  { header: '落实反馈', value: (r) => r.feedbackGiven },
  { header: '按期反馈', value: (r) => r.feedbackOnTime },
];
