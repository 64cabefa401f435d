import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Segmented, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { COCKPIT_SCOPE_LABELS, type CockpitScopeKind } from '../../../../domain/cockpit';
import { api, download, toQuery } from '../../api/client';
import { formatDay, formatTime } from '../../components/format';
import { currentYear } from '../../components/YearSelect';
import { useMessage } from '../../feedback/message';

type Kind = 'annualSummary' | 'proposalReport' | 'termReport';
interface Placeholder {
  name: string;
  label: string;
  definition: string;
}
interface Templates {
  documents: {
    kind: Kind;
    label: string;
    period: 'year' | 'term';
    versions: { id: number; fileName: string; sizeBytes: number; createdAt: string }[];
  }[];
  placeholders: { values: Placeholder[]; loops: Placeholder[] };
  committee: { id: number; name: string };
  abilities: { uploadTemplate: boolean };
}
interface Term {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
}

const today = formatDay(new Date().toISOString());
const thisYear = currentYear();
const TEMPLATES = '/api/work-reports/templates';

/**
 * 工作报告 (under 驾驶舱): the office and the leaders download the annual work summary, the
 * 提案工作报告 or the term report written from the data; the office downloads a template, edits the
 * prose in Word and uploads it back as a new version (the numbers stay placeholders).
 */
export function WorkReportsPage() {
  const message = useMessage();
  const qc = useQueryClient();
  // Opened from the cockpit: the committee drilled into (a district, for a city's office) and its year.
  const [params] = useSearchParams();
  const committeeId = params.get('committeeId') ?? undefined;
  const [year, setYear] = useState(Number(params.get('year') ?? thisYear - 1));
  const [picked, setPicked] = useState<number | undefined>();
  // The committee's own work (本级) unless the office asks for the whole subtree, as the cockpit can.
  const [scope, setScope] = useState<CockpitScopeKind>(
    params.get('scope') === 'subtree' ? 'subtree' : 'self',
  );
  // A refused upload stays on its card (the office reads which placeholder to fix), not only as a toast.
  const [refused, setRefused] = useState<Partial<Record<Kind, string>>>({});
  const of = toQuery({ committeeId });
  const { data, error } = useQuery({
    queryKey: [TEMPLATES, committeeId],
    queryFn: () => api.get<Templates>(`${TEMPLATES}${of}`),
  });
  const { data: terms } = useQuery({
    queryKey: ['/api/org/terms'],
    queryFn: () => api.get<{ items: Term[] }>('/api/org/terms?pageSize=50'),
  });
  // The term under way unless another is picked: the term report is usually the current 届's.
  const termId =
    picked ?? terms?.items.find((t) => t.startDate <= today && today <= t.endDate)?.id ?? undefined;
  const termName = terms?.items.find((t) => t.id === termId)?.name;
  const canUpload = data?.abilities.uploadTemplate ?? false;
  const save = (url: string) => download(url).catch((e: Error) => message.error(e.message));
  const generate = (kind: Kind, period: 'year' | 'term') => {
    if (period === 'term' && termId === undefined) return message.error('请选择届次');
    const when = period === 'term' ? { termId } : { year };
    return save(`/api/work-reports/${kind}${toQuery({ ...when, committeeId, scope })}`);
  };
  const upload = (kind: Kind) => async (file: File) => {
    const form = new FormData();
    form.set('file', file);
    try {
      await api.upload(`${TEMPLATES}/${kind}`, form);
      setRefused((r) => ({ ...r, [kind]: undefined }));
      await qc.invalidateQueries({ queryKey: [TEMPLATES] });
      message.success(`已上传模板 ${file.name}`);
    } catch (e) {
      setRefused((r) => ({ ...r, [kind]: `${file.name}：${(e as Error).message}` }));
      message.error((e as Error).message);
    }
    return false;
  };
  if (error) return <Alert type="error" showIcon title={(error as Error).message} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        文件中的数据与驾驶舱、统计导出使用同一口径，由系统按年度或届次生成；文字由办公室在 Word
        模板中撰写。修改模板：下载模板，在 Word 中修改文字（保留花括号中的占位符），再上传为新版本。
      </Typography.Paragraph>
      <Space wrap>
        <Link to={`/cockpit${of}`}>返回驾驶舱</Link>
        {data && <Typography.Text strong>{data.committee.name}</Typography.Text>}
        <Select
          aria-label="年度"
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={[0, 1, 2, 3, 4].map((d) => ({ value: thisYear - d, label: `${thisYear - d}年` }))}
        />
        <Select
          aria-label="届次"
          placeholder="届次（届内报告）"
          value={termId}
          onChange={setPicked}
          style={{ width: 180 }}
          options={(terms?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
        />
        <Segmented
          aria-label="范围"
          value={scope}
          onChange={(v) => setScope(v as CockpitScopeKind)}
          options={(['self', 'subtree'] as const).map((s) => ({ value: s, label: COCKPIT_SCOPE_LABELS[s] }))}
        />
      </Space>
      {(data?.documents ?? []).map((d) => (
        <Card
          key={d.kind}
          size="small"
          title={d.label}
          data-testid={`work-report-${d.kind}`}
          extra={
            <Button type="primary" icon={<DownloadOutlined />} onClick={() => generate(d.kind, d.period)}>
              {`生成${d.label}（${d.period === 'term' ? (termName ?? '按届次') : `${year}年`}${scope === 'subtree' ? `·${COCKPIT_SCOPE_LABELS.subtree}` : ''}）`}
            </Button>
          }
        >
          <Space wrap>
            <Button onClick={() => save(`${TEMPLATES}/${d.kind}/file${of}`)}>下载当前模板</Button>
            <Button onClick={() => save(`${TEMPLATES}/${d.kind}/default`)}>下载默认模板</Button>
            {canUpload && (
              <Upload accept=".docx" beforeUpload={upload(d.kind)} showUploadList={false}>
                <Button icon={<UploadOutlined />}>上传新模板</Button>
              </Upload>
            )}
          </Space>
          {refused[d.kind] && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title="模板未上传"
              description={refused[d.kind]}
              closable={{ onClose: () => setRefused((r) => ({ ...r, [d.kind]: undefined })) }}
            />
          )}
          <Table
            style={{ marginTop: 12 }}
            size="small"
            rowKey="id"
            pagination={false}
            locale={{ emptyText: '尚未上传，使用系统默认模板' }}
            dataSource={[...d.versions].reverse()}
            columns={[
              {
                key: 'no',
                title: '版本',
                render: (_, v) => `第${d.versions.findIndex((x) => x.id === v.id) + 1}版`,
              },
              { key: 'fileName', title: '文件名', dataIndex: 'fileName' },
              {
                key: 'createdAt',
                title: '上传时间',
                render: (_, v) => formatTime(v.createdAt),
              },
              {
                key: 'get',
                title: '',
                render: (_, v) => (
                  <Button type="link" onClick={() => save(`${TEMPLATES}/${d.kind}/versions/${v.id}${of}`)}>
                    下载
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      ))}
      <Collapse
        items={[
          {
            key: 'placeholders',
            label: '可用占位符',
            children: (
              <Table
                size="small"
                rowKey="name"
                pagination={{ pageSize: 20 }}
                dataSource={[
                  ...(data?.placeholders.values ?? []).map((p) => ({ ...p, code: `{${p.name}}` })),
                  ...(data?.placeholders.loops ?? []).map((p) => ({
                    ...p,
                    code: `{#${p.name}} … {/${p.name}}`,
                  })),
                ]}
                columns={[
                  { key: 'code', title: '占位符', dataIndex: 'code' },
                  { key: 'label', title: '含义', dataIndex: 'label' },
                  { key: 'definition', title: '说明', dataIndex: 'definition' },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
