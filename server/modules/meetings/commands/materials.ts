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
import { MEETING_MATERIAL, meetingSubject } from '../present';
import { transitionMeeting } from '../transitions';

/** 上传会议材料: an edit of the meeting (the organisers, while it is a draft or sent out). */
export async function addMaterial(ctx: AppContext, actor: Actor, meetingId: number, file: Upload) {
  const mime = checkedType(file);
  let attachmentId = 0;
  await withStoredUpload(ctx, actor.committeeId, file, mime, (stored) =>
    transitionMeeting(ctx.handle.db, actor, {
      id: meetingId,
      action: 'edit',
      step: async ({ tx, row }) => {
        attachmentId = await insertAttachment(tx, {
          committeeId: row.committeeId,
          subject: meetingSubject(meetingId),
          purpose: MEETING_MATERIAL,
          file: stored,
          actor,
        });
        return {
          data: { materialAdded: attachmentId, fileName: file.fileName },
          message: `新增会议材料：${file.fileName}`,
        };
      },
    }),
  );
  return attachmentId;
}

/** 删除会议材料; the bytes go once the step has committed. */
export async function removeMaterial(ctx: AppContext, actor: Actor, meetingId: number, attachmentId: number) {
  let keys: string[] = [];
  await transitionMeeting(ctx.handle.db, actor, {
    id: meetingId,
    action: 'edit',
    step: async ({ tx }) => {
      keys = await deleteAttachments(tx, meetingSubject(meetingId), {
        purpose: MEETING_MATERIAL,
        id: attachmentId,
      });
      if (keys.length === 0) throw notFound('会议材料');
      return { data: { materialRemoved: attachmentId } };
    },
  });
  await removeUploads(ctx.env.DATA_DIR, keys);
}
