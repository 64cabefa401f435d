import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Result, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api, download } from '../../api/client';
import type { ImportProblem } from '../../features/members/api';

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

/**
 * 委员批量导入: download the template, upload the filled .xlsx. The server writes every row or none,
 * so a refusal lists each problem by Excel row and column and nothing has been imported.
 */
export function MemberImportPage() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    const form = new FormData();
    form.append('file', file);
    try {
      const res = await api.upload<{ imported: number }>('/api/members/import', form);
      setOutcome({ kind: 'imported', count: res.imported });
      void qc.invalidateQueries({ queryKey: ['/api/members'] });
    } catch (e) {
      setOutcome(outcomeOf(e));
    } finally {
      setBusy(false);
    }
  };
  const template = () =>
    download('/api/members/import-template').catch((e: Error) => message.error(e.message));
  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          请先下载导入模板，按模板填写后上传 .xlsx
          文件。界别、专门委员会、联络组须与本委员会的名称一致（见模板中的“可选值”工作表）。
          所有行都检查通过才会导入；有任何问题则一行也不导入。
        </Typography.Paragraph>
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
          <Result
            status="success"
            title={`成功导入 ${outcome.count} 名委员`}
            extra={<Link to="/members">查看委员名录</Link>}
          />
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
