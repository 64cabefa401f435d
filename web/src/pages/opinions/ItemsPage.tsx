import { BookOutlined } from '@ant-design/icons';
import { Button, Card, Form, Grid, Input, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import type { ItemRow } from '../../features/opinions/types';

const compiledTag = (i: ItemRow) =>
  i.issueId ? (
    <Link to={`/opinions/issues/${i.issueId}`}>{i.issueTitle ?? '已编入期刊'}</Link>
  ) : (
    <Tag color="orange">待编入</Tag>
  );

const columns = [
  {
    key: 'title',
    title: '编辑稿',
    render: (_: unknown, i: ItemRow) => <Link to={`/opinions/items/${i.id}`}>{i.title}</Link>,
  },
  { key: 'reporters', title: '反映人', render: (_: unknown, i: ItemRow) => i.reporterNames.join('、') },
  { key: 'issue', title: '期刊', render: (_: unknown, i: ItemRow) => compiledTag(i) },
  {
    key: 'updated',
    title: '最后编辑',
    render: (_: unknown, i: ItemRow) => formatTime(i.updatedAt).slice(0, 16),
  },
];

/** 信息编辑稿: the editors' items, the ones still to compile first among the to-dos. */
export function ItemsPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<ItemRow>
        url="/api/opinion-items"
        columns={columns}
        urlFilters={['compiled', 'own']}
        filters={
          <>
            <Form.Item name="q">
              <Input allowClear placeholder="标题" style={{ width: 160 }} aria-label="标题" />
            </Form.Item>
            <FilterSelect
              name="compiled"
              label="是否编入期刊"
              width={140}
              options={[
                { value: 'false', label: '待编入' },
                { value: 'true', label: '已编入' },
              ]}
            />
          </>
        }
        renderCard={(i) => (
          <Card size="small">
            <Space orientation="vertical" size={4}>
              <Link to={`/opinions/items/${i.id}`} style={{ fontWeight: 600 }}>
                {i.title}
              </Link>
              <Typography.Text type="secondary">反映人：{i.reporterNames.join('、')}</Typography.Text>
              {compiledTag(i)}
            </Space>
          </Card>
        )}
        toolbar={
          me?.abilities.handleOpinions && (
            <Button type="primary" icon={<BookOutlined />} onClick={() => navigate('/opinions/issues/new')}>
              组稿
            </Button>
          )
        }
      />
    </Card>
  );
}
