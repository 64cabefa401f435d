import { List } from 'antd';
import { FileLink, UploadButton } from '../../components/Files';
import { useOpinionRefresh } from '../opinions/api';
import type { InstructionFile, InstructionView } from './types';

/**
 * Upload to one of the 批示's file routes; the server answers with the 批示 as the caller sees it,
 * which replaces the cached page.
 */
function InstructionUpload({ i, path, label }: { i: InstructionView; path: string; label: string }) {
  const refresh = useOpinionRefresh();
  const url = `/api/instructions/${i.id}`;
  return (
    <UploadButton<{ instruction: InstructionView }>
      url={`${url}/${path}`}
      label={label}
      done={(res) => refresh(url, res.instruction)}
    />
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
      {i.abilities.attachScan && <InstructionUpload i={i} path="scans" label="上传批示件扫描件" />}
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
      {owes && <InstructionUpload i={i} path="feedback-files" label="上传反馈附件" />}
    </div>
  );
}
