import { CloseOutlined, DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Empty,
  Form,
  Grid,
  Pagination,
  Space,
  Spin,
  Table,
  type TableColumnsType,
  type TableProps,
  Tag,
} from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { api, download, type Page, toQuery } from '../api/client';
import { useMessage } from '../feedback/message';

export interface ServerTableProps<T> {
  /** List endpoint; `${url}/export` must accept the same filters. */
  url: string;
  /** Columns, or a function of the loaded page (to add an action column only when its abilities allow). */
  columns: TableColumnsType<T> | ((page: Page<T> | undefined) => TableColumnsType<T>);
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
  /** Turns the filter form's values into query parameters (e.g. a date range into from/to). */
  mapFilters?: (values: Record<string, unknown>) => Record<string, unknown>;
  /** On phones (below md) each row renders as this card instead of a wide table row. */
  renderCard?: (row: T) => ReactNode;
  /**
   * Query-string keys taken as filters when the page opens (a to-do's link such as
   * `/proposals/mine?toRate=true` lands on exactly the items it counted).
   */
  urlFilters?: readonly string[];
  /** Turns URL filter values into form values (e.g. a comma list into a multi-select's array). */
  formValuesOf?: (filters: Record<string, string>) => Record<string, unknown>;
  /** Rows the user ticks for a batch step (点名签到); tables only, not phone cards. */
  rowSelection?: TableProps<T>['rowSelection'];
}

/** The URL's values for the keys a list accepts as filters. */
function filtersInUrl(search: URLSearchParams, keys: readonly string[]) {
  return Object.fromEntries(keys.flatMap((k) => (search.has(k) ? [[k, search.get(k) as string]] : [])));
}

interface ListState {
  paging: { page: number; pageSize: number };
  applied: Record<string, unknown>;
  formValues: Record<string, unknown>;
}

/**
 * Each list's page and filters, by history entry: back from an item's page lands on the page and
 * filters the user left, while a fresh visit (a menu click is a new entry) starts at page 1. Held
 * in memory, as filter values may be dates the session storage cannot keep.
 */
const listMemory = new Map<string, ListState>();
const LIST_MEMORY_SIZE = 50;

function remember(key: string, state: ListState) {
  listMemory.delete(key);
  listMemory.set(key, state);
  if (listMemory.size > LIST_MEMORY_SIZE) listMemory.delete(listMemory.keys().next().value as string);
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
  mapFilters,
  renderCard,
  urlFilters = [],
  formValuesOf = (f) => f,
  rowSelection,
}: ServerTableProps<T>) {
  const message = useMessage();
  const screens = Grid.useBreakpoint();
  const asCards = renderCard !== undefined && screens.md === false;
  const [search] = useSearchParams();
  const memoryKey = `${useLocation().key}|${url}`;
  const [fromUrl] = useState(() => filtersInUrl(search, urlFilters));
  const [restored] = useState(() => listMemory.get(memoryKey));
  const [paging, setPaging] = useState(restored?.paging ?? { page: 1, pageSize: 20 });
  const [applied, setApplied] = useState<Record<string, unknown>>(restored?.applied ?? fromUrl);
  const [formValues, setFormValues] = useState(() => restored?.formValues ?? formValuesOf(fromUrl));
  useEffect(
    () => remember(memoryKey, { paging, applied, formValues }),
    [memoryKey, paging, applied, formValues],
  );
  const [form] = Form.useForm();
  // Filters that came with the link stay named until the user changes them.
  const linked = Object.keys(fromUrl).length > 0 && JSON.stringify(applied) === JSON.stringify(fromUrl);
  // A different view (another committee, another tab) starts again at page 1.
  const paramsKey = JSON.stringify(params ?? {});
  const [pagedFor, setPagedFor] = useState(paramsKey);
  if (pagedFor !== paramsKey) {
    setPagedFor(paramsKey);
    setPaging((p) => ({ ...p, page: 1 }));
  }
  const query = { ...params, ...applied };
  const { data, isFetching, error } = useQuery({
    queryKey: [url, query, paging, queryKeyExtra],
    queryFn: () => api.get<Page<T>>(`${url}${toQuery({ ...query, ...paging })}`),
    placeholderData: keepPreviousData,
  });
  // A capped total means "at least": the pager stops there and the filters narrow the list.
  const showTotal = (t: number) => (data?.totalCapped ? `超过 ${t - 1} 条，请用筛选缩小范围` : `共 ${t} 条`);
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
            form={form}
            layout="inline"
            initialValues={formValues}
            onFinish={(v) => {
              setFormValues(v);
              setApplied(mapFilters ? mapFilters(v) : v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            style={{ rowGap: 8 }}
          >
            {filters}
            <Button htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
          </Form>
        ) : null}
        {/* Right-aligned without a placeholder beside it: a placeholder took a blank row on phones. */}
        <Space wrap style={{ marginLeft: 'auto' }}>
          {linked && (
            <Tag
              closable
              closeIcon={<CloseOutlined aria-label="清除待办筛选" />}
              onClose={() => {
                form.resetFields();
                form.setFieldsValue(
                  Object.fromEntries(Object.keys(formValuesOf(fromUrl)).map((k) => [k, undefined])),
                );
                setFormValues({});
                setApplied({});
              }}
            >
              已按待办事项筛选
            </Tag>
          )}
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
      {asCards ? (
        <Spin spinning={isFetching}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="card-list">
            {(data?.items ?? []).map((row) => (
              <div key={String(row[rowKey])}>{renderCard(row)}</div>
            ))}
            {data && data.items.length === 0 && <Empty />}
          </div>
          {/* The total on a line of its own: beside the pager, large text (长辈模式) ran over what follows. */}
          <div style={{ textAlign: 'center', marginTop: 12 }}>{showTotal(data?.total ?? 0)}</div>
          {/* An empty list has no pages to turn ("1 / 0"). */}
          {(data?.total ?? 0) > 0 && (
            <Pagination
              simple
              align="center"
              style={{ marginTop: 8 }}
              current={paging.page}
              pageSize={paging.pageSize}
              total={data?.total ?? 0}
              onChange={(page, pageSize) => setPaging({ page, pageSize })}
            />
          )}
        </Spin>
      ) : (
        <Table<T>
          rowKey={rowKey}
          rowSelection={rowSelection}
          columns={typeof columns === 'function' ? columns(data) : columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      )}
    </Space>
  );
}
