import { eq } from 'drizzle-orm';
import { members } from '../../db/schema';
import type { TodoSpec } from '../../platform/todos';
import { countPendingClaims } from './claim-queries';
import { missingMemberMinimums } from './compute';
import { keepsArchive } from './policy';
import { countOpenFlags } from './queries';

/** From this month (Beijing) on, a member is reminded of minimum duties still missing. */
export const MINIMUMS_REMINDER_FROM_MONTH = 11;
const yearOf = (today: string) => Number(today.slice(0, 4));

/** What the duty archive asks of staff (claims, consequences) and of members (minimum duties). */
export const DUTY_ARCHIVE_TODOS: TodoSpec[] = [
  {
    key: 'duty.flags',
    label: '待处理的履职考评提醒（谈话、警告、劝辞）',
    roles: ['staff'],
    applies: keepsArchive,
    urgent: true,
    count: (db, actor, today) => countOpenFlags(db, actor, yearOf(today)),
    link: (_db, _actor, today) => `/duty-archive/flags?year=${yearOf(today)}&open=true`,
  },
  {
    key: 'duty.claims',
    label: '待确认的履职申报',
    roles: ['staff'],
    applies: keepsArchive,
    count: (db, actor) => countPendingClaims(db, actor),
    link: () => '/duty-archive/claims?status=submitted',
  },
  {
    key: 'duty.minimums',
    label: '尚未完成的年度最低履职要求',
    roles: ['member'],
    applies: (a) => a.memberId !== null,
    count: async (db, actor, today) => {
      if (Number(today.slice(5, 7)) < MINIMUMS_REMINDER_FROM_MONTH || actor.memberId === null) return 0;
      const [m] = await db
        .select({ committeeId: members.committeeId })
        .from(members)
        .where(eq(members.id, actor.memberId));
      return (await missingMemberMinimums(db, m.committeeId, actor.memberId, yearOf(today))).length;
    },
    link: (_db, _actor, today) => `/duty-archive/me?year=${yearOf(today)}`,
  },
];
