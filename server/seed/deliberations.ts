import { actorOfUsername } from '../auth/actor';
import type { AppContext } from '../context';
import type { Db, Tx } from '../db/client';
import { shanghaiDate } from '../lib/working-days';
import {
  closeDeliberation,
  createDeliberation,
  saveSummary,
} from '../modules/deliberations/commands/deliberation';
import { groupPosts } from '../modules/deliberations/commands/groups';
import {
  adoptPost,
  approvePost,
  postAsMember,
  postAsResident,
  setLike,
} from '../modules/deliberations/commands/posts';
import { loadDeliberation } from '../modules/deliberations/load';
import { atTime } from '../platform/clock';
import type { OrgRefs } from './org';

/** A Beijing day at a given hour. */
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

// biome-ignore format: one post a line reads like the hall
const MEMBER_TOPIC_POSTS: [kind: 'suggestion' | 'comment', text: string][] = [
  ['suggestion', '建议统筹利用闲置校舍和社区用房，建设普惠性托育点，降低入托费用。'],
  ['suggestion', '托育机构师资短缺，建议职业院校开设婴幼儿照护专业，并对从业人员开展培训。'],
  ['suggestion', '建议鼓励用人单位为职工提供托育服务，对举办托育点的企业给予补贴。'],
  ['comment', '社区托育点要加强安全监管，家长最关心孩子安全。'],
  ['suggestion', '建议把托育服务纳入社区嵌入式服务设施建设，和养老服务统筹规划。'],
];

// biome-ignore format: one post a line reads like the hall
const PUBLIC_TOPIC_POSTS: [who: 'member' | 'resident', text: string][] = [
  ['member', '建议利用老城区闲置空地建设立体停车场，缓解夜间停车难。'],
  ['resident', '小区周边停车位太少，晚上回家经常找不到地方停车。'],
  ['resident', '医院门口停车难，车辆排队占道，希望增加停车泊位。'],
  ['resident', '建议机关单位停车场夜间向周边居民开放，错时共享停车位。'],
  ['resident', '新建小区没有公交线路，居民出行要走很远，建议新开公交线路。'],
  ['resident', '早晚高峰公交车太挤，建议高峰时段加密公交班次。'],
  ['member', '建议开通社区微循环公交，连接菜市场、医院和地铁站。'],
  ['resident', '学校门口接送孩子的车辆太多，建议设置临时接送车位、错峰放学。'],
  ['resident', '家长接送学生的电动车和汽车挤在校门口，孩子过马路很危险。'],
  ['resident', '电动车乱停乱放堵塞人行道，建议划定电动车停放区域。'],
  ['resident', '小区电动车充电桩不够，居民飞线充电有火灾隐患，建议增设充电桩。'],
  ['resident', '建议推广电动车智能充电柜，解决电动车充电难。'],
];

/** Two residents' posts left in the moderation queue, one held for a sensitive word. */
const PENDING = ['希望公交站台增加遮阳棚和座椅。', '兼职日结，加微信了解详情。'];

/**
 * 网上议政厅 of the demo district, through the commands: a members-only topic on 托育服务 held in
 * June 2026 (posts, a like, closed, grouped, a summary written, one suggestion adopted), and a
 * public topic on 城区交通出行 open around today (members' and residents' posts, most approved,
 * two waiting for moderation), so the hall, the moderation queue and the compile page all have
 * something to show whatever day the demo is started.
 */
export async function seedDeliberations(_ctx: AppContext, tx: Tx, _org: OrgRefs) {
  const db: Db = tx;
  const office = await actorOfUsername(db, 'office');
  const member = await actorOfUsername(db, 'member');
  const members = await atTime(at('2026-05-28'), () =>
    createDeliberation(db, office, {
      title: '如何发展普惠托育服务',
      description: '围绕托育服务供给、费用、师资和安全监管，请委员建言献策。',
      audience: 'members',
      opensOn: '2026-06-01',
      closesOn: '2026-06-30',
    }),
  );
  const ids: number[] = [];
  for (const [i, [kind, body]] of MEMBER_TOPIC_POSTS.entries()) {
    const made = await atTime(at(`2026-06-${String(3 + i * 4).padStart(2, '0')}`), () =>
      postAsMember(db, member, members, { kind, body, parentId: null }),
    );
    ids.push(made.id);
  }
  await atTime(at('2026-07-01'), async () => {
    const d = await loadDeliberation(db, office, members);
    await closeDeliberation(db, office, members, { expectedVersion: d.version });
    await groupPosts(db, office, members);
    await adoptPost(db, office, ids[0], { expectedVersion: 1 });
    await saveSummary(db, office, members, {
      expectedVersion: d.version + 1,
      summary:
        '委员围绕普惠托育服务提出意见建议5条，集中在托育点建设、师资培养、用人单位办托和安全监管等方面。',
    });
  });
  await seedPublicTopic(db, office, member);
}

async function seedPublicTopic(
  db: Db,
  office: Awaited<ReturnType<typeof actorOfUsername>>,
  member: typeof office,
) {
  const today = shanghaiDate(new Date());
  const dayAgo = (n: number) => shanghaiDate(new Date(Date.now() - n * 86_400_000));
  const opensOn = dayAgo(14);
  const id = await atTime(at(opensOn, 9), () =>
    createDeliberation(db, office, {
      title: '如何改善城区交通出行',
      description: '请围绕停车、公交、学校周边交通和电动车管理建言献策，欢迎市民参与。',
      audience: 'public',
      opensOn,
      closesOn: shanghaiDate(new Date(Date.now() + 30 * 86_400_000)),
    }),
  );
  let first = 0;
  for (const [i, [who, body]] of PUBLIC_TOPIC_POSTS.entries()) {
    await atTime(at(dayAgo(13 - i), 11), async () => {
      if (who === 'member') {
        const p = await postAsMember(db, member, id, { kind: 'suggestion', body, parentId: null });
        first ||= p.id;
        return;
      }
      const p = await postAsResident(db, id, { kind: 'suggestion', body, name: null });
      await approvePost(db, office, p.id, { expectedVersion: 1 });
    });
  }
  await atTime(at(today, 8), async () => {
    await setLike(db, member, first, true);
    for (const body of PENDING) await postAsResident(db, id, { kind: 'suggestion', body, name: null });
  });
}
