import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, List, Upload } from 'antd';
import { api } from '../../api/client';
import { useMessage } from '../../feedback/message';
import { FileLink } from '../proposals/Attachments';
import { useOpinionRefresh } from './api';
import type { ReportView } from './types';

/** A report's attachments: links for its readers; upload and delete while it is the reporter's draft. */
export function ReportFiles({ r }: { r: ReportView }) {
  const message = useMessage();
  const refresh = useOpinionRefresh();
  const url = `/api/opinion-reports/${r.id}`;
  const editable = r.abilities.edit;
  const upload = async (file: File) => {
    const form = new FormData();
    form.set('file', file);
    try {
      const res = await api.upload<{ report: ReportView }>(`${url}/files`, form);
      refresh(url, res.report);
      message.success(`已上传 ${file.name}`);
    } catch (e) {
      message.error((e as Error).message);
    }
    return false;
  };
  const remove = async (fileId: number) => {
    try {
      refresh(url, await api.delete<ReportView>(`${url}/files/${fileId}`));
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  if (!editable && r.files.length === 0) return null;
  return (
    <div>
      {r.files.length > 0 && (
        <List
          size="small"
          dataSource={r.files}
          rowKey="id"
          renderItem={(f) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Button
                        key="del"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`删除 ${f.fileName}`}
                        onClick={() => remove(f.id)}
                      />,
                    ]
                  : []
              }
            >
              <FileLink href={`${url}/files/${f.id}`} name={f.fileName} bytes={f.sizeBytes} />
            </List.Item>
          )}
        />
      )}
      {editable && (
        <Upload beforeUpload={upload} showUploadList={false}>
          <Button icon={<UploadOutlined />}>上传附件</Button>
        </Upload>
      )}
    </div>
  );
}
