import { FileWordOutlined } from '@ant-design/icons';
import { Button, Modal, Upload } from 'antd';
import { useState } from 'react';
import { DRAFT_PART_LABELS, type DraftPart } from '../../../../domain/draft-check';
import { api } from '../../api/client';
import { useMessage } from '../../feedback/message';

/** What POST /api/proposals/docx-import reads from a .docx. */
export interface DocxDraft {
  title: string;
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
  found: ('title' | DraftPart)[];
}

const foundLabel = (f: DocxDraft['found'][number]) => (f === 'title' ? '案由' : DRAFT_PART_LABELS[f]);

/**
 * 从 Word 导入: the member picks the .docx the proposal was written in; the server reads 案由 and
 * 情况/分析/建议 from it (nothing is saved) and the form is filled, after a confirmation when it
 * already holds text.
 */
export function WordImport({ filled, onRead }: { filled: () => boolean; onRead: (d: DocxDraft) => void }) {
  const message = useMessage();
  const [modal, modalHolder] = Modal.useModal();
  const [busy, setBusy] = useState(false);
  const read = async (file: File) => {
    if (filled()) {
      const ok = await modal.confirm({
        title: '用 Word 文件的内容替换当前填写的案由和正文？',
        okText: '替换',
        cancelText: '取消',
      });
      if (!ok) return;
    }
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    try {
      const draft = await api.upload<DocxDraft>('/api/proposals/docx-import', form);
      onRead(draft);
      message.success(`已从 Word 填入：${draft.found.map(foundLabel).join('、')}，请核对后保存`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {modalHolder}
      <Upload
        accept=".docx"
        showUploadList={false}
        beforeUpload={(file) => {
          void read(file);
          return false;
        }}
      >
        <Button icon={<FileWordOutlined />} loading={busy}>
          从 Word 导入
        </Button>
      </Upload>
    </>
  );
}
