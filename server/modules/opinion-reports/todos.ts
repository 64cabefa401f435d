import { and, eq, isNull, sql } from 'drizzle-orm';
import { staffWithDuty } from '../../../domain/abilities';
import { SIGN_OFF_DUTY } from '../../../domain/bulletin-issues';
import { OPINION_DUTY } from '../../../domain/opinion-reports';
import { opinionItems } from '../../db/schema';
import type { TodoSpec } from '../../platform/todos';
import { countIssues } from './issue-queries';
import { issueFilters } from './issue-schemas';
import { countReports } from './queries';
import { reportFilters } from './schemas';

const editor = (a: Parameters<typeof staffWithDuty>[0]) => staffWithDuty(a, OPINION_DUTY);

/** What 社情民意 asks of each role, for the to-do centre. */
export const OPINION_TODOS: TodoSpec[] = [
  {
    key: 'opinion.toReceive',
    label: '待接收的社情民意信息',
    roles: ['staff'],
    applies: editor,
    count: (db, actor) => countReports(db, actor, reportFilters.parse({ status: 'submitted' })),
    link: () => '/opinions/queue?status=submitted&own=true',
  },
  {
    key: 'opinion.toDecide',
    label: '待决定采用的社情民意信息',
    roles: ['staff'],
    applies: editor,
    count: (db, actor) => countReports(db, actor, reportFilters.parse({ status: 'received' })),
    link: () => '/opinions/queue?status=received&own=true',
  },
  {
    key: 'opinion.toCompile',
    label: '待编入期刊的信息编辑稿',
    roles: ['staff'],
    applies: editor,
    count: async (db, actor) => {
      const [{ n }] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(opinionItems)
        .where(and(eq(opinionItems.committeeId, actor.committeeId), isNull(opinionItems.issueId)));
      return n;
    },
    link: () => '/opinions/items?compiled=false&own=true',
  },
  {
    key: 'opinion.toSend',
    label: '已签发待报送的期刊',
    roles: ['staff'],
    applies: editor,
    count: (db, actor) => countIssues(db, actor, issueFilters.parse({ status: 'signed' })),
    link: () => '/opinions/issues?status=signed&own=true',
  },
  {
    key: 'opinion.toSign',
    label: '待签发的社情民意期刊',
    roles: ['staff'],
    applies: (a) => staffWithDuty(a, SIGN_OFF_DUTY),
    count: (db, actor) => countIssues(db, actor, issueFilters.parse({ status: 'draft' })),
    link: () => '/opinions/issues?status=draft&own=true',
  },
  {
    key: 'opinion.unread',
    label: '未阅的社情民意期刊',
    roles: ['leader'],
    applies: (a) => a.leaderId !== null,
    count: (db, actor) => countIssues(db, actor, issueFilters.parse({ unread: 'true' })),
    link: () => '/opinions/issues?unread=true',
  },
  {
    key: 'opinion.drafts',
    label: '未报送的社情民意信息草稿',
    roles: ['member'],
    applies: (a) => a.memberId !== null,
    count: (db, actor) => countReports(db, actor, reportFilters.parse({ status: 'draft' })),
    link: () => '/opinions/mine?status=draft',
  },
];
