import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Form, Space, Table, type TableColumnsType } from 'antd';
import { type ReactNode, useState } from 'react';
import { api, download, type Page, toQuery } from '../api/client';

export interface ServerTableProps<T> {
  /** List endpoint; `${url}/export` must accept the same filters. */
  url: string;
  columns: TableColumnsType<T>;
  rowKey?: keyof T & string;
  /** Filter form items (named Form.Items); their values become query parameters. */
  filters?: ReactNode;
  /** Fixed query parameters (e.g. a view name) sent with every request and the export. */
  params?: Record<string, unknown>;
  /** Buttons beside the export button (create, import …). */
  toolbar?: ReactNode | ((page: Page<T> | undefined) => ReactNode);
  exportable?: boolean;
  /** Bump to refetch after a change made elsewhere on the page. */
  queryKeyExtra?: unknown;
}

/**
 * Every list in the app: paging, filtering and sorting happen on the server; the same filters
 * drive the Excel export.
 */
export function ServerTable<T extends object>({
  url,
  columns,
  rowKey = 'id' as keyof T & string,
  filters,
  params,
  toolbar,
  exportable = true,
  queryKeyExtra,
}: ServerTableProps<T>) {
  const { message } = App.useApp();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [applied, setApplied] = useState<Record<string, unknown>>({});
  const query = { ...params, ...applied };
  const { data, isFetching, error } = useQuery({
    queryKey: [url, query, paging, queryKeyExtra],
    queryFn: () => api.get<Page<T>>(`${url}${toQuery({ ...query, ...paging })}`),
    placeholderData: keepPreviousData,
  });
  const exportList = async () => {
    try {
      await download(`${url}/export${toQuery(query)}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between' }}>
        {filters ? (
          <Form
            layout="inline"
            onFinish={(v) => {
              setApplied(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            style={{ rowGap: 8 }}
          >
            {filters}
            <Button htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
          </Form>
        ) : (
          <span />
        )}
        <Space wrap>
          {typeof toolbar === 'function' ? toolbar(data) : toolbar}
          {exportable && (
            <Button icon={<DownloadOutlined />} onClick={exportList}>
              导出Excel
            </Button>
          )}
        </Space>
      </div>
      {error && (
        <div role="alert" style={{ color: '#b7282e' }}>
          {(error as Error).message}
        </div>
      )}
      <Table<T>
        rowKey={rowKey}
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 'max-content' }}
        size="middle"
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${t} 条`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Space>
  );
}
