import { eq } from 'drizzle-orm';
import { deliberations } from '../../db/schema';
import type { InstructionSubject } from '../instructions/subjects';
import { loadDeliberation } from './load';

/**
 * 批示 on a topic's 网络议政情况专报: the compiled report goes to leaders like a 专报; the 协商工作
 * staff record the 批示 and follow it up, and the staff member who opened the topic is told.
 */
export const DELIBERATION_INSTRUCTION_SUBJECT: InstructionSubject = {
  type: 'deliberation',
  label: '网络议政情况专报',
  duty: '协商工作',
  load: async (db, actor, id) => {
    const d = await loadDeliberation(db, actor, id);
    return {
      committeeId: d.committeeId,
      title: `网络议政情况专报《${d.title}》`,
      link: `/deliberations/${id}/compile`,
      open: d.compiledAt !== null,
    };
  },
  audience: async (db, id) => {
    const rows = await db
      .select({ id: deliberations.createdBy })
      .from(deliberations)
      .where(eq(deliberations.id, id));
    return rows.map((r) => r.id);
  },
};
