import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees, deliberationPosts } from '../../db/schema';
import { cnDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { heading, line, listTable, officeDocument, titleLine } from '../../platform/docx-kit';
import { loadDeliberation } from './load';
import { groupsOf } from './present';
import { type Counts, countsOf } from './queries';

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => line(`　　${p.trim()}`));

/**
 * 网络议政情况专报 (Word, the office's house style): what the topic asked and for how long, the
 * participation figures, the staff's summary, then each group of the compile page with its count
 * and representative posts, and the adopted suggestions. Leaders read it like a 专报 and may write
 * a 批示 on it (instruction subject `deliberation`).
 */
export async function deliberationReport(db: DbOrTx, actor: Actor, id: number) {
  const d = await loadDeliberation(db, actor, id);
  const [c] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, d.committeeId));
  const n = (await countsOf(db, [id])).get(id) as Counts;
  const groups = await groupsOf(db, id);
  const adopted = await db
    .select({ body: deliberationPosts.body, isPublic: deliberationPosts.isPublic })
    .from(deliberationPosts)
    .where(and(eq(deliberationPosts.deliberationId, id), eq(deliberationPosts.status, 'adopted')))
    .orderBy(deliberationPosts.id);
  const children = [
    titleLine(`${c.name}网络议政情况专报`, 36),
    titleLine(`《${d.title}》`, 32),
    line(`征集时间：${cnDate(d.opensOn)}至${cnDate(d.closesOn)}`, 'center'),
    heading('一、参与情况'),
    line(
      `　　参与委员${n.members}人，社会公众留言${n.publicPosts}条，共收到留言${n.posts}条，其中意见建议${n.suggestions}条，已采纳${n.adopted}条；公开页面访问${n.visits}人次。`,
    ),
    heading('二、综述'),
    ...(d.summary.trim() ? paragraphs(d.summary) : [line('　　（尚未撰写综述）')]),
    heading('三、意见建议分类'),
    ...groups.flatMap((g, i) => [
      line(`　　（${i + 1}）${g.name}：留言${g.posts}条，其中意见建议${g.suggestions}条。`),
      ...g.representatives.map((r) => line(`　　　　· ${r.body}`)),
    ]),
  ];
  if (groups.length === 0) children.push(line('　　（尚未归类）'));
  if (adopted.length) {
    children.push(heading('附：已采纳的意见建议'));
    children.push(
      listTable(
        ['序号', '意见建议', '提出人'],
        [8, 72, 20],
        adopted.map((a, i) => [String(i + 1), a.body, a.isPublic ? '网友' : '委员']),
      ) as never,
    );
  }
  children.push(line(c.name, 'right'), line(cnDate(d.compiledAt ?? now()), 'right'));
  return { fileName: `网络议政情况专报-${d.title}`, doc: officeDocument(d.title, [children]) };
}
