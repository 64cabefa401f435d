import type { FileChild } from 'docx';
import { DUTY_GRADE_LABELS, DUTY_GRADES } from '../../../domain/duty-rules';
import { shanghaiDate } from '../../lib/working-days';
import { buildWorkbook, type XlsxColumn, xlsxSheet } from '../../lib/xlsx';
import { now } from '../../platform/clock';
import { gap, heading, line, listTable, officeDocument, titleLine } from '../../platform/docx-kit';
import type { ConfirmedAwards } from './awards';
import type { ScoreRow } from './queries';

/** Rows grouped by sector, sectors in the order of their best-placed member's official order. */
function bySector(rows: ScoreRow[]) {
  const groups = new Map<string, ScoreRow[]>();
  for (const r of rows) groups.set(r.sector, [...(groups.get(r.sector) ?? []), r]);
  return [...groups].map(([sector, list]) => ({ sector, rows: [...list].sort((a, b) => b.total - a.total) }));
}

const gradeCounts = (rows: ScoreRow[]) =>
  DUTY_GRADES.map((g) => ({
    label: DUTY_GRADE_LABELS[g],
    count: rows.filter((r) => r.grade === g).length,
  })).filter((g) => g.count > 0 || g.label !== DUTY_GRADE_LABELS.basic);

/**
 * 履职情况通报 in Word: the year's grade counts, every member with points and grade by sector (界别),
 * and the members graded 优秀. With one sector's rows it is the extract sent to that nominating body.
 */
export function annualNotice(
  committeeName: string,
  year: number,
  rows: ScoreRow[],
  extractOf?: string,
  awards?: ConfirmedAwards,
) {
  const counts = gradeCounts(rows)
    .map((g) => `${g.label} ${g.count} 人`)
    .join('，');
  const names = new Set(rows.map((r) => r.name));
  const children: FileChild[] = [
    titleLine(`${committeeName}`, 36),
    titleLine(`关于${year}年度委员履职情况的通报${extractOf ? `（${extractOf}）` : ''}`, 36),
    ...gap(1),
    line(
      `根据委员履职量化考评办法，现将${year}年度${extractOf ?? '全体'}委员履职情况通报如下：共考评委员 ${rows.length} 人，其中${counts}。`,
    ),
  ];
  const confirmed = awards && Object.values(awards).some((list) => list.length > 0);
  if (confirmed) {
    // The staff's confirmed awards; an extract names only its own members.
    const list = (xs: string[]) => line(xs.length ? xs.join('、') : '无');
    const own = (xs: string[]) => (extractOf ? xs.filter((x) => names.has(x.replace(/（.*$/, ''))) : xs);
    children.push(heading('一、年度表彰'), heading('优秀政协委员'), list(own(awards.excellentMember)));
    if (!extractOf) children.push(heading('先进委员活动组'), list(awards.advancedGroup));
    children.push(heading('优秀组长'), list(own(awards.excellentLeader)));
  } else {
    const excellent = rows.filter((r) => r.grade === 'excellent').map((r) => r.name);
    children.push(heading('一、年度优秀政协委员'), line(excellent.length ? excellent.join('、') : '无'));
  }
  children.push(heading('二、委员履职得分（按界别）'));
  for (const g of bySector(rows)) {
    children.push(
      heading(g.sector),
      listTable(
        ['姓名', '职务', '提案', '社情民意', '履职活动', '加分', '扣分', '得分', '等次'],
        [14, 10, 8, 10, 10, 10, 10, 12, 16],
        g.rows.map((r) => [
          r.name,
          r.position,
          String(r.proposals),
          String(r.opinions),
          String(r.activities),
          String(r.added),
          String(r.deducted),
          String(r.total),
          r.gradeLabel,
        ]),
      ),
    );
  }
  children.push(...gap(2), line(committeeName, 'right'), line(shanghaiDate(now()), 'right'));
  return officeDocument(`${year}年度委员履职情况通报`, [children]);
}

const NOTICE_COLUMNS: XlsxColumn<ScoreRow>[] = [
  { header: '界别', width: 16, value: (r) => r.sector },
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '职务', value: (r) => r.position },
  { header: '提案', value: (r) => r.proposals },
  { header: '社情民意', value: (r) => r.opinions },
  { header: '履职活动', value: (r) => r.activities },
  { header: '加分', value: (r) => r.added },
  { header: '扣分', value: (r) => r.deducted },
  { header: '得分', value: (r) => r.total },
  { header: '等次', value: (r) => r.gradeLabel },
];

/** The 通报 as Excel: every member by sector, and the grade counts. */
export function annualNoticeXlsx(rows: ScoreRow[]) {
  const sorted = bySector(rows).flatMap((g) => g.rows);
  return buildWorkbook([
    xlsxSheet('委员履职得分', NOTICE_COLUMNS, sorted),
    xlsxSheet(
      '等次分布',
      [
        { header: '等次', value: (g: { label: string }) => g.label },
        { header: '人数', value: (g: { count: number }) => g.count },
      ],
      gradeCounts(rows),
    ),
  ]);
}

/** The member's 述职 as Word: the first line the title, the rest paragraphs as written. */
export function selfReportDocx(text: string, year: number) {
  const [first, ...rest] = text.split('\n');
  return officeDocument(`${year}年度履职报告`, [[titleLine(first, 36), ...rest.map((p) => line(p))]]);
}
