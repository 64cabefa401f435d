import { List } from 'antd';
import { DeleteFileButton, FileLink, UploadButton } from '../../components/Files';
import { useOpinionRefresh } from './api';
import type { ReportView } from './types';

/** A report's attachments: links for its readers; upload and delete while it is the reporter's draft. */
export function ReportFiles({ r }: { r: ReportView }) {
  const refresh = useOpinionRefresh();
  const url = `/api/opinion-reports/${r.id}`;
  const editable = r.abilities.edit;
  const put = (report: ReportView) => refresh(url, report);
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
                  ? [<DeleteFileButton key="del" url={`${url}/files/${f.id}`} name={f.fileName} done={put} />]
                  : []
              }
            >
              <FileLink href={`${url}/files/${f.id}`} name={f.fileName} bytes={f.sizeBytes} />
            </List.Item>
          )}
        />
      )}
      {editable && (
        <UploadButton<{ report: ReportView }> url={`${url}/files`} done={(res) => put(res.report)} />
      )}
    </div>
  );
}
