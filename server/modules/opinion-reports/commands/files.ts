import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import { notFound } from '../../../errors';
import { removeUploads } from '../../../lib/uploads';
import {
  checkedType,
  deleteAttachments,
  insertAttachment,
  type Upload,
  withStoredUpload,
} from '../../../platform/attachments';
import { transitionReport } from '../transitions';

/** A report's attachments (photos, a survey table …), added while it is a draft. */
export const OPINION_FILE = 'opinionFile';
export const reportSubject = (id: number) => ({ type: 'opinionReport', id });

/** 上传附件: an edit of the draft (the reporter). */
export async function addReportFile(ctx: AppContext, actor: Actor, id: number, file: Upload) {
  const mime = checkedType(file);
  let attachmentId = 0;
  await withStoredUpload(ctx, actor.committeeId, file, mime, (stored) =>
    transitionReport(ctx.handle.db, actor, {
      id,
      action: 'edit',
      step: async ({ tx, row }) => {
        attachmentId = await insertAttachment(tx, {
          committeeId: row.committeeId,
          subject: reportSubject(id),
          purpose: OPINION_FILE,
          file: stored,
          actor,
        });
        return { data: { fileAdded: attachmentId, fileName: file.fileName } };
      },
    }),
  );
  return attachmentId;
}

/** 删除附件 from the draft; the bytes go once the step has committed. */
export async function removeReportFile(ctx: AppContext, actor: Actor, id: number, attachmentId: number) {
  let keys: string[] = [];
  await transitionReport(ctx.handle.db, actor, {
    id,
    action: 'edit',
    step: async ({ tx }) => {
      keys = await deleteAttachments(tx, reportSubject(id), { purpose: OPINION_FILE, id: attachmentId });
      if (keys.length === 0) throw notFound('附件');
      return { data: { fileRemoved: attachmentId } };
    },
  });
  await removeUploads(ctx.env.DATA_DIR, keys);
}
