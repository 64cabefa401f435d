import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useOpinionRefresh } from '../../features/opinions/api';
import { FileLink } from '../../features/proposals/Attachments';
import { useMessage } from '../../feedback/message';

interface VisitFile {
  id: number;
  fileName: string;
  sizeBytes: number;
}

/**
 * A visit's files (photos, minutes, a scanned sign-in sheet): download links for every reader of the
 * group or inspection; upload and delete for those who record its visits (`editable`). `url` is the
 * record's API URL; every write answers with the record's page, put in the cache at once.
 */
export function VisitFiles<T>({
  url,
  visit,
  editable,
}: {
  url: string;
  visit: { id: number; visitedOn: string; place: string; files: VisitFile[] };
  editable: boolean;
}) {
  const message = useMessage();
  const refresh = useOpinionRefresh();
  const [busy, setBusy] = useState(false);
  const files = `${url}/visits/${visit.id}/files`;
  const upload = async (file: File) => {
    const form = new FormData();
    form.set('file', file);
    setBusy(true);
    try {
      refresh(url, await api.upload<T>(files, form));
      message.success(`已上传 ${file.name}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (f: VisitFile) => {
    try {
      refresh(url, await api.delete<T>(`${files}/${f.id}`));
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  if (!editable && visit.files.length === 0) return null;
  return (
    <Space wrap size={[12, 4]}>
      {visit.files.map((f) => (
        <Space key={f.id} size={0}>
          <FileLink href={`${files}/${f.id}`} name={f.fileName} bytes={f.sizeBytes} />
          {editable && (
            <Button
              type="text"
              danger
              size="small"
              icon={<DeleteOutlined />}
              aria-label={`删除 ${f.fileName}`}
              onClick={() => remove(f)}
            />
          )}
        </Space>
      ))}
      {editable && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button
            size="small"
            icon={<UploadOutlined />}
            loading={busy}
            aria-label={`上传附件（${visit.visitedOn} ${visit.place}）`}
          >
            上传附件
          </Button>
        </Upload>
      )}
    </Space>
  );
}
