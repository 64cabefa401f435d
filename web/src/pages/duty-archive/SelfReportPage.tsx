import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, download } from '../../api/client';
import { formatTime } from '../../components/format';
import { useYearParam, YearSelect } from '../../components/YearSelect';
import { useDutyRefresh } from '../../features/duty-archive/api';

import type { SelfReport } from '../../features/duty-archive/types';
import { useMessage } from '../../feedback/message';

/**
 * 述职 on the phone: the member opens the draft written from the archive (or what they saved),
 * edits it, saves, submits, and downloads it as Word.
 */
export function SelfReportPage() {
  const [year, setYear] = useYearParam();
  const message = useMessage();
  const qc = useQueryClient();
  const refresh = useDutyRefresh();
  const url = `/api/duty-archive/self-reports/mine?year=${year}`;
  const { data: r, isLoading } = useQuery({ queryKey: [url], queryFn: () => api.get<SelfReport>(url) });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (r) setText(r.text);
  }, [r]);
  const save = async (submit: boolean) => {
    setBusy(true);
    try {
      const next = await api.put<SelfReport>('/api/duty-archive/self-reports/mine', { year, text, submit });
      qc.setQueryData([url], next);
      void refresh();
      message.success(submit ? '述职报告已提交' : '已保存');
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const word = () =>
    r &&
    download(`/api/duty-archive/members/${r.memberId}/self-report.docx?year=${year}`).catch((e) =>
      message.error((e as Error).message),
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <YearSelect year={year} onChange={setYear} />
      {isLoading || !r ? (
        <Skeleton active />
      ) : (
        <Card size="small">
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {r.submittedAt ? (
              <Alert
                type="success"
                showIcon
                data-testid="self-report-state"
                title={`已提交（${formatTime(r.submittedAt).slice(0, 16)}），修改后可再次提交`}
              />
            ) : (
              <Alert
                type="info"
                showIcon
                data-testid="self-report-state"
                title={r.saved ? '已保存，尚未提交' : '这是根据您的履职档案生成的初稿，请修改补充后提交'}
              />
            )}
            <Input.TextArea
              aria-label="述职报告"
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoSize={{ minRows: 12 }}
              maxLength={20000}
              readOnly={!r.editable}
            />
            <Typography.Text type="secondary">{text.length} 字</Typography.Text>
            <Space wrap>
              {r.editable && (
                <>
                  <Button loading={busy} onClick={() => save(false)}>
                    保存
                  </Button>
                  <Popconfirm
                    title="提交后工作人员即可看到，确定提交？"
                    okText="提交"
                    cancelText="取消"
                    onConfirm={() => save(true)}
                  >
                    <Button type="primary" loading={busy}>
                      提交
                    </Button>
                  </Popconfirm>
                </>
              )}
              <Button icon={<DownloadOutlined />} onClick={word} disabled={!r.saved}>
                下载 Word
              </Button>
            </Space>
          </Space>
        </Card>
      )}
    </Space>
  );
}
