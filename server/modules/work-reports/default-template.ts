import { type FileChild, Packer, type Paragraph } from 'docx';
import { ADOPTION_LEVEL_LABELS, ADOPTION_LEVELS } from '../../../domain/bulletin-issues';
import { GROUP_LEAGUE_FIGURES, MEMBER_GROUP_BYS, MEMBER_GROUP_LABELS } from '../../../domain/cockpit-figures';
import { DUTY_GRADE_LABELS, DUTY_GRADES } from '../../../domain/duty-rules';
import type { WorkReportKind } from '../../../domain/work-reports';
import { heading, line, listTable, officeDocument, titleLine } from '../../platform/docx-kit';
import { COCKPIT_SECTIONS } from '../cockpit-sections';
import { groupLoop } from './leagues';

/**
 * The default templates, written in code with docx-kit (the house style) rather than kept as a
 * binary: a change of wording is a reviewable diff, and a module that registers a cockpit section
 * later (协商, 监督) shows up in the default's "其他" figures by itself. Each placeholder sits whole
 * in one run, so docxtemplater reads it; the office downloads this, edits the prose in Word and
 * uploads it back. Every figure is a placeholder the data fills, never a number written here.
 */

const p = (text: string) => line(text);
/** Sections the default writes by hand; any other registered section gets a generic figure line. */
const WRITTEN = new Set([
  'proposals',
  'consultation',
  'supervision',
  'opinions',
  'instructions',
  'meetings',
  'members',
]);

const loop = (name: string, row: string): Paragraph[] => [p(`{#${name}}`), p(row), p(`{/${name}}`)];

/** `over`: 全年 in a year's document, 届内 in the term's. */
function proposalParagraphs(over: string): Paragraph[] {
  return [
    p(
      `${over}共收到提案{proposals.received}件，立案{proposals.registered}件，立案率{proposals.registrationRate}；` +
        '转作意见建议{proposals.converted}件，并案{proposals.merged}件，不予立案{proposals.rejected}件。',
    ),
    p(
      '经主席会议研究，确定{proposals.keyProposals}件重点提案，其中{proposals.keyLedByPrincipal}件由党政主要领导领衔督办：',
    ),
    ...loop('proposals.keyProposals.list', '{title}（{detail}）'),
    p(
      '交办承办单位{proposals.assigned}件次，已办复{proposals.replied}件次，{proposals.replyAndSatisfaction}，' +
        '基本满意率{proposals.basicSatisfactionRate}，落实率{proposals.implementationRate}。',
    ),
  ];
}

/** 协商议政 (the consultation module's section): activities against the plan, suggestions, the hall. */
function consultationParagraphs(over: string): Paragraph[] {
  return [
    p(
      `${over}开展各类协商活动{consultation.held}场（计划频次{consultation.targets}场，完成率{consultation.targetRate}），` +
        '提出意见建议{consultation.suggestions}条，按时反馈率{consultation.onTimeRate}，采纳率{consultation.adoptionRate}，办结率{consultation.completionRate}；' +
        '网络议政参与{consultation.deliberationParticipants}人次，留言{consultation.deliberationPosts}条。',
    ),
  ];
}

/**
 * 民主监督 and 视察调研 (the supervision module's section) as the seeds' reports word them: the groups
 * and topics at work, their visits and the problems found, the inspections and research with their
 * reports and 批示, then the suggestions and the departments' written feedback.
 */
function supervisionParagraphs(over: string): Paragraph[] {
  return [
    p(
      `${over}派出民主监督小组{supervision.groups}个，开展专项民主监督{supervision.special}项，` +
        '深入对口部门开展监督活动{supervision.supervisionVisits}次，发现的主要问题有：',
    ),
    ...loop('supervision.findings.list', '{title}：{detail}'),
    p(
      '组织视察{supervision.inspections}次、调研{supervision.research}次，开展实地视察调研{supervision.inspectionVisits}次，' +
        '报送视察调研报告{supervision.reports}篇，其中{supervision.instructed}篇获党政领导批示：',
    ),
    ...loop('supervision.reports.list', '{title}（{detail}）'),
    p(
      '民主监督和视察调研共提出意见建议{supervision.suggestions}条，均交有关部门书面反馈；' +
        '已反馈{supervision.answered}条，采纳（含部分采纳）{supervision.adopted}条。',
    ),
  ];
}

function opinionParagraphs(over: string): Paragraph[] {
  const levels = ADOPTION_LEVELS.map(
    (l) => `${ADOPTION_LEVEL_LABELS[l]}采用{opinions.adopted_${l}}件次`,
  ).join('，');
  return [
    p(
      `${over}收到社情民意信息{opinions.received}篇，编用{opinions.adopted}篇，编发《社情民意》{opinions.issues}期；${levels}。`,
    ),
    p(
      '获领导批示{instructions.total}件，其中党政主要领导批示{instructions.principal}件；责任单位按时反馈率{instructions.feedbackOnTimeRate}。',
    ),
  ];
}

function memberParagraphs(): Paragraph[] {
  const grades = DUTY_GRADES.map((g) => `${DUTY_GRADE_LABELS[g]}{members.grade_${g}}人`).join('，');
  return [
    p(
      '全年组织会议活动{meetings.meetings}场，委员应到{meetings.expected}人次、实到{meetings.attended}人次，出席率{meetings.attendanceRate}。',
    ),
    p(`开展委员年度履职评价，参评委员{members.scored}人，其中${grades}，平均积分{members.average}。`),
  ];
}

/** The members' groups side by side (the cockpit's league of 界别, 联络组, 专委会), one table each. */
const GROUP_COLUMNS = [
  'scored',
  'average',
  'excellentRate',
  'proposals',
  'opinions',
  'activities',
  'perMember',
];
function groupTables(): FileChild[] {
  const figures = GROUP_COLUMNS.map((key) => GROUP_LEAGUE_FIGURES.find((f) => f.key === key)!);
  return MEMBER_GROUP_BYS.flatMap((by) => {
    const loop = groupLoop(by);
    const cells = figures.map((f) => `{${f.key}}`);
    cells[cells.length - 1] += `{/${loop}}`;
    return [
      p(`${MEMBER_GROUP_LABELS[by]}履职情况：`),
      listTable(
        [MEMBER_GROUP_LABELS[by], ...figures.map((f) => f.label)],
        [23, 11, 11, 11, 11, 11, 11, 11],
        [[`{#${loop}}{name}`, ...cells]],
      ),
    ];
  });
}

/** A registered section the default does not word by hand: its figures in one line. */
function otherSections(): Paragraph[] {
  return COCKPIT_SECTIONS.filter((s) => !WRITTEN.has(s.def.key)).map((s) =>
    p(`${s.def.title}：${s.def.figures.map((f) => `${f.label}{${s.def.key}.${f.key}}`).join('，')}。`),
  );
}

const figureTable = () =>
  listTable(
    ['栏目', '指标', '数值', '说明'],
    [16, 18, 12, 54],
    [['{#figures}{section}', '{label}', '{value}', '{definition}{/figures}']],
  );

const prose = (text: string) => p(`（${text}）`);

function annualSummary(): FileChild[] {
  return [
    titleLine('{committee}{period}工作综述{scopeNote}'),
    p(
      '{period}，在党委的坚强领导下，{committee}紧扣中心大局，认真履行政治协商、民主监督、参政议政职能，各项工作取得新成效。',
    ),
    heading('一、聚焦发展大局，深化政治协商'),
    prose('此处由办公室撰写本年度协商活动的情况'),
    ...consultationParagraphs('全年'),
    ...otherSections(),
    heading('二、坚持问题导向，强化民主监督'),
    prose('此处由办公室撰写民主监督工作的情况'),
    ...supervisionParagraphs('全年'),
    heading('三、提高提案质量，推动提案办理'),
    ...proposalParagraphs('全年'),
    heading('四、畅通反映渠道，做好社情民意信息工作'),
    ...opinionParagraphs('全年'),
    heading('五、加强委员管理，提升履职能力'),
    ...memberParagraphs(),
    ...groupTables(),
    heading('六、加强自身建设，提高工作水平'),
    prose('此处由办公室撰写机关自身建设的情况'),
    heading('附：主要数据'),
    figureTable(),
    line('{committee}', 'right'),
    line('{today}', 'right'),
  ];
}

function proposalReport(): FileChild[] {
  return [
    titleLine('{committee}关于{period}提案工作情况的报告{scopeNote}'),
    p('各位委员：'),
    p('现将{period}提案工作情况报告如下，请予审议。'),
    heading('一、提案提出和立案情况'),
    p(
      '全年共收到提案{proposals.received}件（上年{proposals.received.prev}件），经审查立案{proposals.registered}件，立案率{proposals.registrationRate}；' +
        '转作意见建议{proposals.converted}件，并案{proposals.merged}件，撤案{proposals.withdrawn}件，不予立案{proposals.rejected}件。',
    ),
    heading('二、提案交办和办理情况'),
    p(
      '立案提案交{proposals.assigned}件次承办，已办复{proposals.replied}件次，{proposals.replyAndSatisfaction}，基本满意率{proposals.basicSatisfactionRate}，超期未办复{proposals.overdue}件次。',
    ),
    heading('三、重点提案督办情况'),
    p('确定{proposals.keyProposals}件重点提案，其中{proposals.keyLedByPrincipal}件由党政主要领导领衔督办：'),
    ...loop('proposals.keyProposals.list', '{title}（{detail}）'),
    heading('四、提案落实情况'),
    p('承办单位报告落实情况并经标注{proposals.marked}件次，落实率{proposals.implementationRate}。'),
    heading('五、承办单位办理情况'),
    listTable(
      ['承办单位', '交办', '已办复', '逾期', '按时办复率', '满意率', '落实率'],
      [22, 10, 11, 10, 16, 15, 16],
      [
        [
          '{#units}{name}',
          '{assigned}',
          '{replied}',
          '{overdue}',
          '{onTimeRate}',
          '{satisfactionRate}',
          '{implementationRate}{/units}',
        ],
      ],
    ),
    heading('六、存在的问题和下一步工作'),
    prose('此处由提案委员会撰写'),
    line('{committee}提案委员会', 'right'),
    line('{today}', 'right'),
  ];
}

function termReport(): FileChild[] {
  return [
    titleLine('{committee}{period}工作报告{scopeNote}'),
    p('{period}以来，{committee}认真履行职能，现将届内工作报告如下。'),
    heading('一、政治协商'),
    prose('此处由办公室撰写届内协商工作'),
    ...consultationParagraphs('届内'),
    ...otherSections(),
    heading('二、民主监督'),
    prose('此处由办公室撰写届内民主监督工作'),
    ...supervisionParagraphs('届内'),
    heading('三、提案工作'),
    ...proposalParagraphs('届内'),
    heading('四、社情民意信息'),
    ...opinionParagraphs('届内'),
    heading('五、委员管理'),
    p(
      '届内组织会议活动{meetings.meetings}场，委员实到{meetings.attended}人次，出席率{meetings.attendanceRate}。',
    ),
    ...groupTables(),
    heading('六、自身建设'),
    prose('此处由办公室撰写'),
    heading('附：届内各年度主要数据'),
    listTable(
      ['年度', '收到提案', '立案', '办复率', '满意率', '社情民意', '批示'],
      [12, 14, 12, 15, 15, 16, 16],
      [
        [
          '{#years}{year}',
          '{proposals.received}',
          '{proposals.registered}',
          '{proposals.replyRate}',
          '{proposals.satisfactionRate}',
          '{opinions.received}',
          '{instructions.total}{/years}',
        ],
      ],
    ),
    line('{committee}', 'right'),
    line('{today}', 'right'),
  ];
}

const BODIES: Record<WorkReportKind, () => FileChild[]> = { annualSummary, proposalReport, termReport };

/** The shipped template of a document, as .docx bytes. */
export async function defaultTemplate(kind: WorkReportKind): Promise<Buffer> {
  return Buffer.from(await Packer.toBuffer(officeDocument('{committee}', [BODIES[kind]()])));
}
