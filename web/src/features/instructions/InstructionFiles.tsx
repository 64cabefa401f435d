import { UploadOutlined } from '@ant-design/icons';
import { Button, List, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useMessage } from '../../feedback/message';
import { useOpinionRefresh } from '../opinions/api';
import { FileLink } from '../proposals/Attachments';
import type { InstructionFile, InstructionView } from './types';

/**
 * Upload to one of the 批示's file routes; the server answers with the 批示 as the caller sees it,
 * which replaces the cached page (the server checks the type, the size and who may upload again).
 */
function UploadButton({ i, path, label }: { i: InstructionView; path: string; label: string }) {
  const message = useMessage();
  const refresh = useOpinionRefresh();
  const [busy, setBusy] = useState(false);
  const url = `/api/instructions/${i.id}`;
  const upload = async (file: File) => {
    const form = new FormData();
    form.set('file', file);
    setBusy(true);
    try {
      const res = await api.upload<{ instruction: InstructionView }>(`${url}/${path}`, form);
      refresh(url, res.instruction);
      message.success(`已上传 ${file.name}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
    return false;
  };
  return (
    <Upload beforeUpload={upload} showUploadList={false}>
      <Button icon={<UploadOutlined />} loading={busy}>
        {label}
      </Button>
    </Upload>
  );
}

function FileList({ i, files }: { i: InstructionView; files: InstructionFile[] }) {
  if (files.length === 0) return null;
  return (
    <List
      size="small"
      dataSource={files}
      rowKey="id"
      renderItem={(f) => (
        <List.Item>
          <FileLink href={`/api/instructions/${i.id}/files/${f.id}`} name={f.fileName} bytes={f.sizeBytes} />
        </List.Item>
      )}
    />
  );
}

/** 批示件: the scan of a paper 批示, which the office files and every reader downloads. */
export function ScanFiles({ i }: { i: InstructionView }) {
  if (!i.abilities.attachScan && i.scans.length === 0) return null;
  return (
    <div>
      <FileList i={i} files={i.scans} />
      {i.abilities.attachScan && <UploadButton i={i} path="scans" label="上传批示件扫描件" />}
    </div>
  );
}

/**
 * A unit's 落实反馈 files. The server sends a unit only its own part, so the upload button (shown
 * while the unit owes its feedback) can only land on that part.
 */
export function PartFiles({ i, part }: { i: InstructionView; part: InstructionView['feedback'][number] }) {
  const owes = i.abilities.attachFeedbackFile;
  return (
    <div>
      <FileList i={i} files={part.files} />
      {owes && <UploadButton i={i} path="feedback-files" label="上传反馈附件" />}
    </div>
  );
}
