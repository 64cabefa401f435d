import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Table, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError, api, download } from '../api/client';
import { useMessage } from '../feedback/message';

/** One refused cell of an import, as the office finds it in Excel. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

type Outcome =
  | { kind: 'imported'; count: number }
  | { kind: 'refused'; message: string; problems: ImportProblem[] }
  | { kind: 'failed'; message: string };

/** The server's all-or-nothing answer: a count, the row/column list, or one file-level message. */
function outcomeOf(error: unknown): Outcome {
  const message = (error as Error).message;
  const details = error instanceof ApiError ? (error.details as { rows?: ImportProblem[] }) : undefined;
  if (details?.rows && details.rows.length > 0) return { kind: 'refused', message, problems: details.rows };
  return { kind: 'failed', message };
}

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  return (
    <Table<ImportProblem>
      data-testid="import-problems"
      size="small"
      rowKey={(p) => `${p.row}:${p.column}:${p.message}`}
      dataSource={problems}
      pagination={problems.length > 20 ? { pageSize: 20, showTotal: (t) => `共 ${t} 处` } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '行号', dataIndex: 'row', width: 80 },
        { title: '列', dataIndex: 'column', width: 120 },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}

export interface XlsxImportProps {
  /** What to fill and how the names must match. */
  intro: ReactNode;
  templateUrl: string;
  importUrl: string;
  /** The success title for `count` imported rows, and where to look at them. */
  done: (count: number) => string;
  doneLink: ReactNode;
  onImported?: () => void;
}

/**
 * An all-or-nothing Excel import (server/platform/xlsx-import.ts): download the template, upload the
 * filled .xlsx; a refusal lists each problem by Excel row and column and nothing has been imported.
 */
export function XlsxImport({ intro, templateUrl, importUrl, done, doneLink, onImported }: XlsxImportProps) {
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    const form = new FormData();
    form.append('file', file);
    try {
      const res = await api.upload<{ imported: number }>(importUrl, form);
      setOutcome({ kind: 'imported', count: res.imported });
      onImported?.();
    } catch (e) {
      setOutcome(outcomeOf(e));
    } finally {
      setBusy(false);
    }
  };
  const template = () => download(templateUrl).catch((e: Error) => message.error(e.message));
  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{intro}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} onClick={template}>
          下载导入模板
        </Button>
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{busy ? '正在导入…' : '点击或拖拽 .xlsx 文件到此处上传'}</p>
        </Upload.Dragger>
        {outcome?.kind === 'imported' && (
          <Result status="success" title={done(outcome.count)} extra={doneLink} />
        )}
        {outcome?.kind === 'refused' && (
          <>
            <Alert type="error" showIcon role="alert" title={outcome.message} />
            <ProblemTable problems={outcome.problems} />
          </>
        )}
        {outcome?.kind === 'failed' && <Alert type="error" showIcon role="alert" title={outcome.message} />}
      </Space>
    </Card>
  );
}
