import { Space } from 'antd';
import { DeleteFileButton, FileLink, UploadButton } from '../../components/Files';
import { useOpinionRefresh } from '../../features/opinions/api';

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
  const refresh = useOpinionRefresh();
  const files = `${url}/visits/${visit.id}/files`;
  const put = (page: T) => refresh(url, page);
  if (!editable && visit.files.length === 0) return null;
  return (
    <Space wrap size={[12, 4]}>
      {visit.files.map((f) => (
        <Space key={f.id} size={0}>
          <FileLink href={`${files}/${f.id}`} name={f.fileName} bytes={f.sizeBytes} />
          {editable && <DeleteFileButton<T> url={`${files}/${f.id}`} name={f.fileName} done={put} />}
        </Space>
      ))}
      {editable && (
        <UploadButton<T>
          url={files}
          done={put}
          buttonProps={{ size: 'small', 'aria-label': `上传附件（${visit.visitedOn} ${visit.place}）` }}
        />
      )}
    </Space>
  );
}
